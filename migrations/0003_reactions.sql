-- "This feels familiar": one row per pseudonym, post and kind, and a counter on each post.

-- No time and no other detail: the forum shows how many, and whether you did; never who, and never when.
-- The primary key makes a double submit harmless: the second INSERT ... ON CONFLICT DO NOTHING adds nothing,
-- and the counter moves only when a row really was added or deleted (ReactionWriter).
CREATE TABLE reactions (
    post_kind    varchar(10) NOT NULL,
    post_id      bigint      NOT NULL,
    pseudonym_id uuid        NOT NULL,
    kind         varchar(20) NOT NULL,
    CONSTRAINT pk_reactions PRIMARY KEY (post_kind, post_id, pseudonym_id, kind),
    CONSTRAINT fk_reactions_pseudonym_id FOREIGN KEY (pseudonym_id) REFERENCES pseudonyms (id) ON DELETE CASCADE,
    CONSTRAINT ck_reactions_post_kind CHECK (post_kind IN ('thread', 'reply')),
    CONSTRAINT ck_reactions_kind CHECK (kind IN ('familiar'))
);
-- Burning a pseudonym deletes its reactions through the foreign key (this index keeps that from scanning the
-- table). The posts' counters keep counting them: someone did find the story familiar, and the count names nobody.
CREATE INDEX ix_reactions_pseudonym_id ON reactions (pseudonym_id);

ALTER TABLE threads ADD COLUMN familiar_count integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_threads_familiar_count CHECK (familiar_count >= 0);
ALTER TABLE replies ADD COLUMN familiar_count integer NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_replies_familiar_count CHECK (familiar_count >= 0);

-- A post can be thread or reply, so there is no foreign key to it. When a post is deleted for good (the
-- retention purge, or a thread taking its replies with it), its reactions go too, so nothing is left that
-- points at a post that no longer exists.
CREATE FUNCTION delete_reactions_to_deleted_post() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM reactions WHERE post_kind = TG_ARGV[0] AND post_id = OLD.id;
    RETURN OLD;
END
$$;
CREATE TRIGGER tr_threads_delete_reactions AFTER DELETE ON threads
    FOR EACH ROW EXECUTE FUNCTION delete_reactions_to_deleted_post('thread');
CREATE TRIGGER tr_replies_delete_reactions AFTER DELETE ON replies
    FOR EACH ROW EXECUTE FUNCTION delete_reactions_to_deleted_post('reply');
