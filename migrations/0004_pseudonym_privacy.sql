-- Pseudonyms people choose, recover on another device and burn; posts their writers edit and delete.

-- Name keys now fold look-alike letters (PseudonymNameKey), and a folded key can be longer than its name.
-- Keys already stored are re-folded by the application right after this file runs (PseudonymNameKeys).
ALTER TABLE pseudonyms ALTER COLUMN name_key TYPE varchar(96);

-- The recovery key itself is shown once and never stored: only this hash, which finds the pseudonym when the
-- key is typed in on another device. NULL until the writer makes a key.
ALTER TABLE pseudonyms
    ADD COLUMN recovery_hash bytea NULL,
    ADD COLUMN inbox_read_through bigint NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_pseudonyms_recovery_hash_length CHECK (recovery_hash IS NULL OR octet_length(recovery_hash) = 32);
CREATE UNIQUE INDEX ix_pseudonyms_recovery_hash ON pseudonyms (recovery_hash);

-- Edited: shown to readers. Deleted by the writer: the text is gone for good (empty), and the page says so.
-- Burning a pseudonym relies on the foreign keys to pseudonyms (SET NULL on posts, CASCADE on anything private
-- to it), so a table added later with such a key is covered without touching the burn.
ALTER TABLE threads ADD COLUMN edited_at timestamptz NULL, ADD COLUMN deleted_at timestamptz NULL;
ALTER TABLE replies ADD COLUMN edited_at timestamptz NULL, ADD COLUMN deleted_at timestamptz NULL;

