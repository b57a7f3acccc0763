-- Search finds a person's words in their language (issue 31 item 3; docs/decisions/0008-search-languages.md).
-- Each post remembers the language its writer's interface was in when they wrote it, and its search vector is
-- made with that language's rules: "recaídas" is stemmed as Spanish, "بالوحدة" as Arabic. Posts written before
-- the forum spoke more than English were written in English.
ALTER TABLE threads ADD COLUMN language varchar(3) NOT NULL DEFAULT 'en';
ALTER TABLE replies ADD COLUMN language varchar(3) NOT NULL DEFAULT 'en';

-- The languages the interface speaks have PostgreSQL's own stemming rules; any other is read word for word.
CREATE FUNCTION search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'ar' THEN 'arabic' ELSE 'simple' END::regconfig
$$;

CREATE OR REPLACE FUNCTION story_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := setweight(to_tsvector(search_config(NEW.language), NEW.title), 'A')
                      || setweight(to_tsvector(search_config(NEW.language), NEW.body_source), 'B');
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION reply_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := to_tsvector(search_config(NEW.language), NEW.body_source);
    RETURN NEW;
END
$$;

DROP TRIGGER tr_threads_search_vector ON threads;
DROP TRIGGER tr_replies_search_vector ON replies;
CREATE TRIGGER tr_threads_search_vector BEFORE INSERT OR UPDATE OF title, body_source, language, search_vector ON threads
    FOR EACH ROW EXECUTE FUNCTION story_search_vector();
CREATE TRIGGER tr_replies_search_vector BEFORE INSERT OR UPDATE OF body_source, language, search_vector ON replies
    FOR EACH ROW EXECUTE FUNCTION reply_search_vector();

-- Words people in recovery use for the same thing. Only true equivalences: a slip is a relapse, but detox is not
-- withdrawal (one is the care, the other what the body goes through). The query is widened, never the index, so a
-- group added here works at once for every post already written. A group's words are read with its language's
-- rules, so "sobriety" also covers "sobriety's" and "Sober" covers "sober".
CREATE TABLE search_synonyms (
    language   varchar(3) NOT NULL,
    word_group smallint   NOT NULL,
    words      text       NOT NULL,
    CONSTRAINT pk_search_synonyms PRIMARY KEY (language, word_group, words)
);

-- ts_rewrite's rules, in two steps so that no rule rewrites another's result: each word of a group (as a word and,
-- for several words, as a quoted phrase) becomes the group's mark, then each mark becomes "any of the group's
-- words". A mark has a space in it, which no word someone types can become. Kept as rows, rebuilt whenever the
-- groups change: computed on every search they cost ~10 ms.
CREATE TABLE search_synonym_rules (
    config regconfig NOT NULL,
    target tsquery   NOT NULL,
    mark   tsquery   NOT NULL,
    words  tsquery   NOT NULL
);
CREATE INDEX ix_search_synonym_rules_config ON search_synonym_rules (config);

CREATE FUNCTION rebuild_search_synonym_rules() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_synonym_rules;
    INSERT INTO search_synonym_rules (config, target, mark, words)
    WITH g AS (SELECT search_config(language) AS config, language, word_group, words FROM search_synonyms)
    SELECT DISTINCT g.config, t.target, format('''%s %s''', g.language, g.word_group)::tsquery,
           (SELECT string_agg('(' || phraseto_tsquery(a.config, a.words)::text || ')', ' | ')::tsquery
            FROM g a WHERE a.language = g.language AND a.word_group = g.word_group)
    FROM g, LATERAL (VALUES (plainto_tsquery(g.config, g.words)), (phraseto_tsquery(g.config, g.words))) t(target)
    WHERE numnode(t.target) > 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER tr_search_synonyms_rules AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON search_synonyms
    FOR EACH STATEMENT EXECUTE FUNCTION rebuild_search_synonym_rules();

INSERT INTO search_synonyms (language, word_group, words) VALUES
    ('en', 1, 'sober'), ('en', 1, 'sobriety'),
    ('en', 2, 'relapse'), ('en', 2, 'slip'),
    ('en', 3, 'AA'), ('en', 3, 'Alcoholics Anonymous'),
    ('en', 4, 'meds'), ('en', 4, 'medication'),
    ('en', 5, 'NA'), ('en', 5, 'Narcotics Anonymous'),
    ('es', 1, 'sobrio'), ('es', 1, 'sobriedad'),
    ('es', 2, 'AA'), ('es', 2, 'Alcohólicos Anónimos'),
    ('es', 3, 'NA'), ('es', 3, 'Narcóticos Anónimos');

-- What someone typed, as one query over every language's posts: the words read with each language's rules, each
-- widened by its language's groups, any of them matching. Empty when the words mean nothing to search for in the
-- reader's own language ("the", "!!!"), which the page says plainly. STABLE: it reads the synonyms. Quiet about
-- stop words: every language that finds none would say so.
CREATE FUNCTION search_query(words text, reader_language text) RETURNS tsquery LANGUAGE plpgsql STABLE
    SET client_min_messages = warning AS $$
DECLARE
    cfg regconfig;
    one tsquery;
    rule record;
    result tsquery := '';
    seen tsquery[] := '{}';
BEGIN
    IF numnode(websearch_to_tsquery(search_config(reader_language), words)) = 0 THEN RETURN ''; END IF;
    FOREACH cfg IN ARRAY ARRAY['english', 'spanish', 'arabic', 'simple']::regconfig[] LOOP
        one := websearch_to_tsquery(cfg, words);
        CONTINUE WHEN numnode(one) = 0 OR one = ANY (seen);
        seen := seen || one;
        FOR rule IN SELECT r.target, r.mark FROM search_synonym_rules r WHERE r.config = cfg LOOP
            one := ts_rewrite(one, rule.target, rule.mark);
        END LOOP;
        FOR rule IN SELECT DISTINCT r.mark, r.words FROM search_synonym_rules r WHERE r.config = cfg LOOP
            one := ts_rewrite(one, rule.mark, rule.words);
        END LOOP;
        result := result || one;
    END LOOP;
    RETURN result;
END
$$;
