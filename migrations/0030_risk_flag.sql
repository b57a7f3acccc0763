-- A post the risk detector read as "may be at risk": a band (1 some signs, 2 clear signs) and when a moderator
-- looked at it. No copy of the words and no record of which words: the post's own words are all there is, and
-- the flag goes with them (a writer's delete clears it; retention removes the row).
ALTER TABLE threads ADD COLUMN risk_band smallint NOT NULL DEFAULT 0, ADD COLUMN risk_seen_at timestamp with time zone;
ALTER TABLE replies ADD COLUMN risk_band smallint NOT NULL DEFAULT 0, ADD COLUMN risk_seen_at timestamp with time zone;

-- The queue's "may be at risk" list and /waiting's "may need someone soon" read only the posts still waiting.
CREATE INDEX ix_threads_risk_band_created_at ON threads (risk_band, created_at)
    WHERE risk_band > 0 AND risk_seen_at IS NULL AND deleted_at IS NULL;
CREATE INDEX ix_replies_risk_band_created_at ON replies (risk_band, created_at)
    WHERE risk_band > 0 AND risk_seen_at IS NULL AND deleted_at IS NULL;
