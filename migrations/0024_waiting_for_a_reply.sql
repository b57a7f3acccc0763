-- "Waiting for a reply": stories anyone can answer that nobody has yet, oldest first. With no reply counted,
-- a story's last activity is its start, so the list reads this small index in order and stops at a page.
-- (reply_count is always 0 in it; it is there so the index's name, made from its columns, is its own.)
CREATE INDEX ix_threads_last_activity_at_id_reply_count ON threads (last_activity_at, id, reply_count)
    WHERE reply_count = 0 AND is_public AND deleted_at IS NULL AND NOT is_locked AND NOT is_pinned;
