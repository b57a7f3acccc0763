-- A removal notice about a reply names the reply, so restoring that reply can withdraw the word that it was taken
-- down while it is still unread (and restoring the story does not withdraw a notice about one of its replies).
-- Like a removed story, a removed reply that the retention purge deletes takes its notices with it.
ALTER TABLE moderator_notices ADD COLUMN reply_id bigint NULL;
ALTER TABLE moderator_notices ADD CONSTRAINT fk_moderator_notices_reply_id FOREIGN KEY (reply_id) REFERENCES replies (id) ON DELETE CASCADE;
CREATE INDEX ix_moderator_notices_reply_id ON moderator_notices (reply_id);
