-- The lessons board, search, endorsements, scenario cards and repeat mistakes (issue 5).
-- Text columns hold twice the characters the application allows (see V1).

-- Lessons: the kind of report they came from, maintained endorsement counters (so the board sorts and
-- shows counts without counting rows) and the later states of their life.
alter table lesson add column kind varchar(30);
alter table lesson add column applies_count integer default 0 not null;
alter table lesson add column applied_count integer default 0 not null;
alter table lesson add column endorsement_count integer default 0 not null;
alter table lesson add column implemented_at timestamp with time zone;
alter table lesson add column retired_at timestamp with time zone;
alter table lesson add column superseded_by varchar(36);
alter table lesson add constraint lesson_superseded_by_fk foreign key (superseded_by) references lesson (id);
alter table lesson add constraint lesson_status_known check (status in ('PUBLISHED', 'IMPLEMENTED', 'ARCHIVED', 'SUPERSEDED'));
alter table lesson add constraint lesson_counts_whole check (endorsement_count = applies_count + applied_count);

-- The board reads pages in these orders and stops after one page; nothing loads all rows.
create index lesson_board_newest on lesson (published_at desc, id);
create index lesson_board_endorsed on lesson (endorsement_count desc, published_at desc, id);
create index lesson_status on lesson (status, published_at);
create index lesson_kind on lesson (kind, published_at);
create index lesson_tag_tag on lesson_tag (tag, lesson_id);
create index lesson_action_action on lesson_action (action_id);

-- One endorsement per person, lesson and kind.
create table lesson_endorsement (
    id          varchar(36) not null primary key,
    lesson_id   varchar(36) not null references lesson (id),
    account_id  varchar(36) not null references account (id),
    kind        varchar(30) not null,
    endorsed_at timestamp with time zone not null,
    constraint lesson_endorsement_once unique (lesson_id, account_id, kind),
    constraint lesson_endorsement_kind_known check (kind in ('APPLIES_TO_MY_TEAM', 'I_APPLIED_THIS'))
);
create index lesson_endorsement_at on lesson_endorsement (endorsed_at);

-- The embedded search index: each stemmed term of a lesson with a weight (title > takeaway > tags > body).
-- Maintained when a lesson is published; a production database's full-text engine can replace it.
create table lesson_term (
    term      varchar(40) not null,
    lesson_id varchar(36) not null references lesson (id),
    weight    integer     not null,
    primary key (term, lesson_id)
);
create index lesson_term_lesson on lesson_term (lesson_id);

-- Role-play cards made from lessons, and the practice sessions logged on them.
create table scenario_card (
    id              varchar(36)  not null primary key,
    lesson_id       varchar(36)  not null references lesson (id),
    team_id         varchar(36)  not null references team (id),
    persona         varchar(4000) not null,
    situation       varchar(4000) not null,
    may_offer       varchar(4000) not null,
    good_looks_like varchar(4000) not null,
    created_by      varchar(36)  not null references account (id),
    created_at      timestamp with time zone not null
);
create index scenario_card_lesson on scenario_card (lesson_id);
create index scenario_card_created on scenario_card (created_at);

create table scenario_question (
    scenario_id varchar(36)  not null references scenario_card (id),
    position    integer      not null,
    question    varchar(600) not null,
    primary key (scenario_id, position)
);

create table practice_session (
    id          varchar(36)   not null primary key,
    scenario_id varchar(36)   not null references scenario_card (id),
    held_on     date          not null,
    notes       varchar(8000),
    logged_by   varchar(36)   not null references account (id),
    logged_at   timestamp with time zone not null
);
create index practice_session_scenario on practice_session (scenario_id, held_on);

create table practice_participant (
    session_id  varchar(36)  not null references practice_session (id),
    position    integer      not null,
    participant varchar(200) not null,
    primary key (session_id, position)
);

-- Repeat mistakes: a report that, when it was submitted, matched an existing lesson.
create table report_lesson_match (
    report_id  varchar(36) not null primary key references mistake_report (id),
    lesson_id  varchar(36) not null references lesson (id),
    team_id    varchar(36) not null references team (id),
    matched_at timestamp with time zone not null
);
create index report_lesson_match_team on report_lesson_match (team_id, matched_at);
