-- Following a story: replies written after the follow come to the follower's inbox, as replies to their own
-- stories do. Replying follows a story too. Private to the pseudonym, so it goes with it (ON DELETE CASCADE),
-- and it holds no time: two names one browser holds, following at the same moment, would share it.
CREATE TABLE follows (
    pseudonym_id   uuid   NOT NULL,
    thread_id      bigint NOT NULL,
    since_reply_id bigint NOT NULL,
    CONSTRAINT pk_follows PRIMARY KEY (pseudonym_id, thread_id),
    CONSTRAINT fk_follows_pseudonym_id FOREIGN KEY (pseudonym_id) REFERENCES pseudonyms (id) ON DELETE CASCADE,
    CONSTRAINT fk_follows_thread_id FOREIGN KEY (thread_id) REFERENCES threads (id) ON DELETE CASCADE
);
CREATE INDEX ix_follows_thread_id ON follows (thread_id);
