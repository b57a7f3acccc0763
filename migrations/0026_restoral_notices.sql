-- Word that a post the writer saw taken down is back is a notice kind of its own ('restoral'), so a later restore,
-- which withdraws the unread removal notice of that post, never mistakes it for one.
ALTER TABLE moderator_notices DROP CONSTRAINT ck_moderator_notices_kind;
ALTER TABLE moderator_notices ADD CONSTRAINT ck_moderator_notices_kind CHECK (kind IN ('message', 'removal', 'ban', 'restoral'));
