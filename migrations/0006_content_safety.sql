-- Content warnings on posts, and the room settings that go with them.

-- A post's warnings are one text[] of short codes, in a fixed order, without repeats:
--   suicide, self-harm, substance-use, relapse, abuse-trauma, eating-body, death-grief, other
-- (Forum.Domain/Safety/ContentWarningText.cs spells them; never rename a code, it is stored data).
-- An empty array means no warnings. "other" always comes with the writer's own short words in
-- content_warning_label, and the label is there only with "other". A post with warnings is folded for readers
-- who have not chosen to see that kind, and is left out of the Atom feeds.
ALTER TABLE threads
    ADD COLUMN content_warnings text[] NOT NULL DEFAULT '{}',
    ADD COLUMN content_warning_label varchar(40) NULL,
    ADD CONSTRAINT ck_threads_content_warnings CHECK (content_warnings <@ ARRAY['suicide', 'self-harm', 'substance-use', 'relapse', 'abuse-trauma', 'eating-body', 'death-grief', 'other']),
    ADD CONSTRAINT ck_threads_content_warning_label CHECK ((content_warning_label IS NOT NULL) = ('other' = ANY (content_warnings)));
ALTER TABLE replies
    ADD COLUMN content_warnings text[] NOT NULL DEFAULT '{}',
    ADD COLUMN content_warning_label varchar(40) NULL,
    ADD CONSTRAINT ck_replies_content_warnings CHECK (content_warnings <@ ARRAY['suicide', 'self-harm', 'substance-use', 'relapse', 'abuse-trauma', 'eating-body', 'death-grief', 'other']),
    ADD CONSTRAINT ck_replies_content_warning_label CHECK ((content_warning_label IS NOT NULL) = ('other' = ANY (content_warnings)));

-- requires_content_warnings: every post in the room needs at least one warning (checked by Room.CheckWarnings).
-- feed_enabled: false switches the room's Atom feed off, for rooms whose people would rather not be followed from outside.
ALTER TABLE rooms
    ADD COLUMN requires_content_warnings boolean NOT NULL DEFAULT false,
    ADD COLUMN feed_enabled boolean NOT NULL DEFAULT true;
