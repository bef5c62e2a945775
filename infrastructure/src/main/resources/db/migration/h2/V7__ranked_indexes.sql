-- Indexes H2 can walk in the order a page is shown in, so a page reads its own rows and stops.
-- H2 uses an index for ORDER BY only when the order starts at the index's first column; the queries
-- order by the column their condition fixes first (the term, the team), which changes nothing else.

-- One search term: its lessons in rank order (weight, then newest).
create index lesson_term_rank on lesson_term (term, weight desc, published_at desc, lesson_id);

-- The board of one team, newest first.
create index lesson_team_newest on lesson (team_id, published_at desc, id);
