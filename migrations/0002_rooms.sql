-- The rooms the forum opens with. Later changes to rooms are made by admins, not by editing this file.
INSERT INTO rooms (slug, name, description, position) VALUES
    ('anxiety', 'Anxiety', 'Worry, panic, and the fear that won''t switch off. What it''s like, and what has helped.', 10),
    ('depression', 'Depression', 'Low days, empty weeks, and getting through them. You don''t have to explain it well to be heard here.', 20),
    ('addiction-recovery', 'Addiction & recovery', 'Alcohol, drugs, gambling and other habits that took hold. Early days, long stretches, slips, and starting again.', 30),
    ('grief-loss', 'Grief & loss', 'Losing someone or something that mattered, recently or long ago.', 40),
    ('relationships', 'Relationships', 'Partners, family, friends and the people who are hard to be around. Breakups, conflict, and finding your footing.', 50),
    ('loneliness', 'Loneliness & isolation', 'Feeling cut off or unseen, even around other people.', 60),
    ('general', 'General', 'Anything else on your mind, and the community guidelines.', 70)
ON CONFLICT (slug) DO NOTHING;
