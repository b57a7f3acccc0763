-- The warnings a moderator added to a post, kept apart from the writer's own choice, so that the writer editing
-- the post later can add warnings or change theirs but cannot take away the ones the moderators put there.
ALTER TABLE threads
    ADD COLUMN moderator_content_warnings text[] NOT NULL DEFAULT '{}',
    ADD COLUMN moderator_content_warning_label varchar(40) NULL,
    ADD CONSTRAINT ck_threads_moderator_content_warnings CHECK (moderator_content_warnings <@ ARRAY['suicide', 'self-harm', 'substance-use', 'relapse', 'abuse-trauma', 'eating-body', 'death-grief', 'other']),
    ADD CONSTRAINT ck_threads_moderator_content_warning_label CHECK ((moderator_content_warning_label IS NOT NULL) = ('other' = ANY (moderator_content_warnings)));
ALTER TABLE replies
    ADD COLUMN moderator_content_warnings text[] NOT NULL DEFAULT '{}',
    ADD COLUMN moderator_content_warning_label varchar(40) NULL,
    ADD CONSTRAINT ck_replies_moderator_content_warnings CHECK (moderator_content_warnings <@ ARRAY['suicide', 'self-harm', 'substance-use', 'relapse', 'abuse-trauma', 'eating-body', 'death-grief', 'other']),
    ADD CONSTRAINT ck_replies_moderator_content_warning_label CHECK ((moderator_content_warning_label IS NOT NULL) = ('other' = ANY (moderator_content_warnings)));
