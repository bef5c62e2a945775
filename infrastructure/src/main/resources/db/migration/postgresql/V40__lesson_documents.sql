-- Lesson search on PostgreSQL's full-text search (learning.postgresql.PostgreSQLLessonSearch; ADR 11, ADR 18):
-- one document per current lesson, its search terms weighted A (title), B (takeaway), C (tags) and D (the
-- story's texts), found through a GIN index. It takes the place of lesson_term (one row per term and lesson)
-- on PostgreSQL; lesson_term_count stays, as the vocabulary of common words and typo corrections.
create table lesson_document (
    lesson_id    varchar(36) not null primary key references lesson (id),
    published_at timestamp with time zone not null,
    document     tsvector    not null
);
create index lesson_document_words on lesson_document using gin (document);
