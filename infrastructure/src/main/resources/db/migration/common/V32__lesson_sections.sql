-- Lessons store the sections of their story, not one English body (ADR 20, issue 17): what each section
-- tells (part), a factor's category or an action's type (label) and the text; the web tier words the
-- headings. body stays only for text as written (no sections): V33 splits the bodies written before.
create table lesson_section (
    lesson_id varchar(36)     not null references lesson (id),
    position  integer         not null,
    part      varchar(30)     not null,
    label     varchar(30),
    text      varchar(120000) not null,
    primary key (lesson_id, position)
);
alter table lesson alter column body drop not null;
