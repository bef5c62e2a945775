-- The documents of the lessons a database already holds, from the portable index (lesson_term: term,
-- lesson, weight) that was kept until V40: a term goes to the weight class its summed weight says most
-- likely (10 or more: title; 5 to 9: takeaway; 4: tags; less: story). The next time a lesson is indexed,
-- its document is written from the lesson itself. lesson_term is then emptied: on PostgreSQL nothing keeps
-- it up to date any more, and lesson_term_count already counts the same terms.
insert into lesson_document (lesson_id, published_at, document)
select t.lesson_id, t.published_at,
       setweight(to_tsvector('simple', coalesce(string_agg(t.term, ' ') filter (where t.weight >= 10), '')), 'A')
    || setweight(to_tsvector('simple', coalesce(string_agg(t.term, ' ') filter (where t.weight between 5 and 9), '')), 'B')
    || setweight(to_tsvector('simple', coalesce(string_agg(t.term, ' ') filter (where t.weight = 4), '')), 'C')
    || setweight(to_tsvector('simple', coalesce(string_agg(t.term, ' ') filter (where t.weight < 4), '')), 'D')
from lesson_term t
group by t.lesson_id, t.published_at;

delete from lesson_term;
