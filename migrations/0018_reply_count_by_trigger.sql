-- One counting rule for threads.reply_count: the story's replies that are not held for review. A removed reply
-- still counts (it shows as a notice); a held one counts from when a moderator approves it; a rejected one never.
-- Triggers on replies keep the count, whatever statement inserts, holds, approves or deletes a reply, so no
-- application path does arithmetic on it, and two transactions deleting the same reply decrement it once: the
-- second finds no row to delete and so nothing to count.

UPDATE threads SET reply_count = counted.n
FROM (SELECT t.id, (SELECT count(*) FROM replies r WHERE r.thread_id = t.id AND r.held_at IS NULL) AS n FROM threads t) AS counted
WHERE threads.id = counted.id AND threads.reply_count <> counted.n;

-- Per statement, so a bulk insert or purge moves each story once; stories in id order, so two statements
-- touching several stories lock them in the same order and cannot deadlock on each other.
CREATE FUNCTION count_replies_inserted_or_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed record;
BEGIN
    FOR changed IN
        SELECT thread_id, count(*)::integer AS n FROM (
            SELECT thread_id FROM changed_replies WHERE held_at IS NULL
        ) AS counted GROUP BY thread_id ORDER BY thread_id
    LOOP
        UPDATE threads SET reply_count = reply_count + (CASE TG_OP WHEN 'INSERT' THEN changed.n ELSE -changed.n END)
        WHERE id = changed.thread_id;
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_replies_count_inserted AFTER INSERT ON replies
    REFERENCING NEW TABLE AS changed_replies
    FOR EACH STATEMENT EXECUTE FUNCTION count_replies_inserted_or_deleted();
CREATE TRIGGER tr_replies_count_deleted AFTER DELETE ON replies
    REFERENCING OLD TABLE AS changed_replies
    FOR EACH STATEMENT EXECUTE FUNCTION count_replies_inserted_or_deleted();

-- Held for review (an edit that brought in a watched phrase) leaves the count; approved joins it. Per row, and
-- only when that changes, so the reaction counters and edits that update replies all day cost nothing here.
CREATE FUNCTION count_reply_held_or_approved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE threads SET reply_count = reply_count + (CASE WHEN NEW.held_at IS NULL THEN 1 ELSE -1 END)
    WHERE id = NEW.thread_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_replies_count_held_or_approved AFTER UPDATE OF held_at ON replies
    FOR EACH ROW WHEN ((OLD.held_at IS NULL) <> (NEW.held_at IS NULL))
    EXECUTE FUNCTION count_reply_held_or_approved();

-- Nothing else may change the count: a statement that sets it directly is refused, so a second counting path
-- cannot creep back in. (The triggers above run one level down, at trigger depth 2.)
CREATE FUNCTION refuse_direct_reply_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION 'threads.reply_count is kept by the triggers on replies (migration 0018); it cannot be set directly'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER tr_threads_reply_count_kept_by_replies BEFORE UPDATE OF reply_count ON threads
    FOR EACH ROW WHEN (OLD.reply_count IS DISTINCT FROM NEW.reply_count)
    EXECUTE FUNCTION refuse_direct_reply_count();
CREATE TRIGGER tr_threads_reply_count_starts_at_zero BEFORE INSERT ON threads
    FOR EACH ROW WHEN (NEW.reply_count <> 0)
    EXECUTE FUNCTION refuse_direct_reply_count();
