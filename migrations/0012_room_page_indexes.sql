-- Room pages at any depth (issue 16). Each index holds exactly the rows one part of a room page lists, in the
-- order it lists them, so PostgreSQL reads a page by seeking to the cursor and taking the next rows: nothing is
-- scanned and then thrown away by a filter, however deep the page is or however many stories the room holds.
-- Pinned stories, shown above a room's first page: without an index of their own, every room page read the
-- whole table to find the few (100-240 ms at 200,000 stories).
CREATE INDEX ix_threads_room_pinned ON threads (room_id, last_activity_at DESC, id DESC)
    WHERE is_public AND deleted_at IS NULL AND is_pinned;
-- The rest of a room, newest activity first, read with a row-value cursor: (last_activity_at, id) < (…, …).
CREATE INDEX ix_threads_room_unpinned ON threads (room_id, last_activity_at DESC, id DESC)
    WHERE is_public AND deleted_at IS NULL AND NOT is_pinned;
