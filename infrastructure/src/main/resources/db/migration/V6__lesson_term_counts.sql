-- How many lessons each search term occurs in, kept with lesson_term. A word found in a large share of
-- all lessons says little about which one is meant, and looking it up costs a row per lesson: search
-- and "similar lessons" leave such words out (EmbeddedLessonSearch), which needs these counts at hand.
create table lesson_term_count (
    term    varchar(40) not null primary key,
    lessons integer     not null
);
insert into lesson_term_count (term, lessons) select term, count(*) from lesson_term group by term;
