-- A word typed with a minus ("panic -attacks") must leave out every post that has it, however that post's words were
-- read. search_query (0036) joined each language's reading of the whole query with OR, so "panic & !attacks" read with
-- `simple` matched a post read with `english`, whose vector holds "attack", not "attacks": the excluded word leaked
-- back in through another language's reading. Now the wanted words are read in every language and joined with OR as
-- before, and the excluded ones are read in every language too and left out together: wanted AND NOT (any reading of
-- any excluded word). A query of excluded words alone keeps 0036's reading.
CREATE OR REPLACE FUNCTION search_query(words text, reader_language text) RETURNS tsquery LANGUAGE plpgsql STABLE
    SET client_min_messages = warning AS $$
DECLARE
    cfg regconfig;
    one tsquery;
    rule record;
    result tsquery := '';
    excluded tsquery := '';
    seen tsquery[] := '{}';
    -- "-word" or -"a phrase", at the start or after a space, as websearch_to_tsquery reads them.
    minus constant text := '(^|\s)-("[^"]*"?|[^\s"]+)';
    wanted text := regexp_replace(words, minus, ' ', 'g');
    unwanted text := (SELECT string_agg(m[2], ' or ') FROM regexp_matches(words, minus, 'g') AS m);
BEGIN
    IF numnode(websearch_to_tsquery(search_config(reader_language), words)) = 0 THEN RETURN ''; END IF;
    IF unwanted IS NULL OR numnode(websearch_to_tsquery(search_config(reader_language), wanted)) = 0 THEN
        wanted := words;
        unwanted := NULL;
    END IF;
    FOREACH cfg IN ARRAY ARRAY['english', 'spanish', 'arabic', 'simple']::regconfig[] LOOP
        one := websearch_to_tsquery(cfg, wanted);
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
    IF unwanted IS NOT NULL THEN
        FOREACH cfg IN ARRAY ARRAY['english', 'spanish', 'arabic', 'simple']::regconfig[] LOOP
            one := websearch_to_tsquery(cfg, unwanted);
            CONTINUE WHEN numnode(one) = 0;
            excluded := excluded || one;
        END LOOP;
        IF numnode(excluded) > 0 THEN result := result && !!excluded; END IF;
    END IF;
    RETURN result;
END
$$;
