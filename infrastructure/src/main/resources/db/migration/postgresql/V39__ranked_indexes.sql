-- PostgreSQL's counterpart of H2's V7: indexes a page can be read from in the order it is shown in.
-- (A version is used once across the folders, so this is V39, not V7.)

-- One search term: its lessons in rank order (weight, then newest).
create index lesson_term_rank on lesson_term (term, weight desc, published_at desc, lesson_id);

-- The board of one team, newest first.
create index lesson_team_newest on lesson (team_id, published_at desc, id);
