-- A writer's latest post, found by walking one index backwards (issue 16): the repeat-post check on every new
-- story and reply reads one row instead of all of the writer's posts. The old single-column indexes served only
-- the foreign keys (burning a pseudonym), which these serve as well.
DROP INDEX ix_threads_author_id;
CREATE INDEX ix_threads_author_id_id ON threads (author_id, id DESC);
DROP INDEX ix_replies_author_id;
CREATE INDEX ix_replies_author_id_id ON replies (author_id, id DESC);
