-- A common word's newest matches without walking every newer post (issue 32 item 4). Search ranks a window: the
-- newest matching stories and replies. For a common word PostgreSQL found them by walking the primary key from
-- the newest post backwards, reading each post to test it; after ~19,400 new replies without "feel" the walk read
-- them all before its first match (71 of 117 ms). The search indexes now also hold each post's bucket, its id in
-- groups of 2,048, so one index scan finds the word's matches within a bucket: PostgreSQL's GIN scan follows the
-- shorter list (the bucket's) and skips through the word's, and a bucket without the word costs a few index pages
-- whatever it holds. SearchReader walks buckets from the newest down until the window is full.
-- btree_gin gives GIN the bigint bucket; it is trusted, part of PostgreSQL's own contrib, installed with the server.
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX ix_threads_search_vector;
DROP INDEX ix_replies_search_vector;
CREATE INDEX ix_threads_search_vector ON threads USING gin (search_vector, (id >> 11)) WITH (gin_pending_list_limit = 256);
CREATE INDEX ix_replies_search_vector ON replies USING gin (search_vector, (id >> 11)) WITH (gin_pending_list_limit = 256);

-- How many posts of a kind PostgreSQL expects a query to match, from the column's statistics (no posts are read):
-- the reader walks buckets only for a word common enough to fill its window in a few of them. Volatile, as EXPLAIN
-- must be.
CREATE FUNCTION search_matches_estimate(kind regclass, query tsquery) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM %s WHERE search_vector @@ %L::tsquery', kind, query) INTO plan;
    RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
END
$$;
