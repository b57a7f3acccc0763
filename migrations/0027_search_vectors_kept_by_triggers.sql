-- A post's search vector is computed when its words change, and at no other time (issue 16, the write path).
-- As generated columns, PostgreSQL computed them again on every update of the row, whatever the update changed:
-- each reply moves its story's reply count and last activity, so every reply re-read the whole story through
-- to_tsvector twice (~0.2 ms each for a 1,200-character story), and a "this feels familiar" did it once more.
-- A trigger on the columns the vector is made of does the same work only when they are written. Naming
-- search_vector itself too means a statement that writes the vector directly gets the computed one instead.
ALTER TABLE threads ALTER COLUMN search_vector DROP EXPRESSION;
ALTER TABLE replies ALTER COLUMN search_vector DROP EXPRESSION;

CREATE FUNCTION story_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := setweight(to_tsvector('english'::regconfig, NEW.title), 'A')
                      || setweight(to_tsvector('english'::regconfig, NEW.body_source), 'B');
    RETURN NEW;
END
$$;

CREATE FUNCTION reply_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := to_tsvector('english'::regconfig, NEW.body_source);
    RETURN NEW;
END
$$;

CREATE TRIGGER tr_threads_search_vector BEFORE INSERT OR UPDATE OF title, body_source, search_vector ON threads
    FOR EACH ROW EXECUTE FUNCTION story_search_vector();
CREATE TRIGGER tr_replies_search_vector BEFORE INSERT OR UPDATE OF body_source, search_vector ON replies
    FOR EACH ROW EXECUTE FUNCTION reply_search_vector();
