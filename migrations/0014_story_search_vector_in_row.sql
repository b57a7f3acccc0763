-- A story's search vector stays in its row (issue 16, search). A story row holds the title, the Markdown, the
-- rendered HTML and the vector; past ~2 KB PostgreSQL moved the vector, which compresses least, to the TOAST table,
-- so every story a search looked at cost extra page reads: for a common word ("feel") 16,260 buffers instead of
-- 2,629 for the 9,375 newest stories it walks, and about 74 ms of the ~85 ms that step took. MAIN keeps the vector
-- in the row (compressed if need be) and pushes the text columns out first; those are read for one story at a time.
ALTER TABLE threads ALTER COLUMN search_vector SET STORAGE MAIN;

-- SET STORAGE applies to rows written from now on; rewriting each story once (the generated vector is computed
-- again on update) brings the stories already stored into line.
UPDATE threads SET title = title;
