-- A room sorted newest story first (issue 31): the rows a room page lists, as 0012's ix_threads_room_unpinned holds
-- them, but in the order the stories were written, so a page at any depth is a seek to the cursor and the next rows.
CREATE INDEX ix_threads_room_unpinned_newest ON threads (room_id, id DESC)
    WHERE is_public AND deleted_at IS NULL AND NOT is_pinned;
