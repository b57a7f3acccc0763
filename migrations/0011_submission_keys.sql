-- A random key in each composer form, kept with the post it made: the same form sent twice at once (a double
-- click, a flaky network resending) can then write one post, whichever request reaches the database first.
-- The key is made per form, not per browser or person, so it links nothing.
ALTER TABLE threads ADD COLUMN submission_key uuid NULL;
CREATE UNIQUE INDEX ix_threads_submission_key ON threads (submission_key) WHERE submission_key IS NOT NULL;
ALTER TABLE replies ADD COLUMN submission_key uuid NULL;
CREATE UNIQUE INDEX ix_replies_submission_key ON replies (submission_key) WHERE submission_key IS NOT NULL;
