-- Moderator sessions that can be ended everywhere, accounts that can be removed without losing the log that
-- names them, and wrong guesses that slow the guesser instead of locking the account.
ALTER TABLE moderators
    ADD COLUMN security_stamp uuid NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN removed_at timestamptz NULL,
    ADD COLUMN guesses_cleared_at timestamptz NULL;
