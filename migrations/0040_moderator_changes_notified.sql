-- A moderator's sessions end on every node at once (issue 28): whoever changes the security stamp (a role change, a
-- removal, signing out everywhere; from the site or the command line), each node hears it on this channel and drops
-- what it remembers of the account. The payload is the account's number only.
CREATE FUNCTION notify_moderator_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('forum_moderator_changed', NEW.id::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER tr_moderators_notify_changed AFTER UPDATE OF security_stamp, removed_at ON moderators
    FOR EACH ROW WHEN (OLD.security_stamp IS DISTINCT FROM NEW.security_stamp OR OLD.removed_at IS DISTINCT FROM NEW.removed_at)
    EXECUTE FUNCTION notify_moderator_changed();
