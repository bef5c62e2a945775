-- Accountability lane (issue 6): Just Culture assessments and coaching records. Restricted data.
-- A report is referenced by id only, with no foreign key into the reporting tables: the lane is kept
-- apart from learning (docs/adr/0010), and a confidential report is never referenced at all.
-- Text columns hold twice the characters the application allows (H2 counts UTF-16 units).

create table assessment (
    id                  varchar(36)   not null primary key,
    report_id           varchar(36)   not null,
    report_number       varchar(20),
    subject_account_id  varchar(36)   not null references account (id),
    assessor_account_id varchar(36)   not null references account (id),
    team_id             varchar(36)   not null references team (id),
    reason              varchar(8000) not null,
    deliberate_harm     boolean       not null,
    health              boolean       not null,
    foresight           boolean       not null,
    substitution        boolean       not null,
    behaviour           varchar(20)   not null,
    response            varchar(20)   not null,
    self_report_credit  boolean       not null,
    assessed_at         timestamp with time zone not null,
    retain_until        date          not null,
    version             bigint        not null default 0,
    constraint assessment_behaviour check (behaviour in ('HUMAN_ERROR', 'AT_RISK', 'RECKLESS')),
    constraint assessment_response check (response in ('CONSOLE', 'COACH', 'REFER_TO_HR'))
);
create index assessment_subject on assessment (subject_account_id, assessed_at);
create index assessment_assessor on assessment (assessor_account_id, assessed_at);
create index assessment_retain_until on assessment (retain_until);

-- A record that followed an assessment keeps standing on its own when that assessment is deleted.
create table coaching_record (
    id                  varchar(36)   not null primary key,
    employee_account_id varchar(36)   not null references account (id),
    coach_account_id    varchar(36)   not null references account (id),
    team_id             varchar(36)   not null references team (id),
    assessment_id       varchar(36)   references assessment (id) on delete set null,
    held_on             date          not null,
    topic               varchar(400)  not null,
    expectation         varchar(8000) not null,
    observations        varchar(8000) not null,
    agreed_actions      varchar(8000) not null,
    follow_up_on        date          not null,
    retain_until        date          not null,
    status              varchar(20)   not null,
    created_at          timestamp with time zone not null,
    shared_at           timestamp with time zone,
    employee_response   varchar(20),
    employee_comment    varchar(4000),
    responded_at        timestamp with time zone,
    closed_at           timestamp with time zone,
    version             bigint        not null default 0,
    constraint coaching_record_status check (status in ('DRAFT', 'SHARED', 'ACKNOWLEDGED', 'DECLINED', 'CLOSED')),
    constraint coaching_record_response check (employee_response is null or employee_response in ('ACKNOWLEDGED', 'DECLINED'))
);
-- The export walks the records by day held and id in chunks (a keyset): this index serves every step.
create index coaching_record_day on coaching_record (held_on, id);
create index coaching_record_employee on coaching_record (employee_account_id, held_on);
create index coaching_record_coach on coaching_record (coach_account_id, held_on);
create index coaching_record_team on coaching_record (team_id, held_on);
create index coaching_record_status on coaching_record (status, held_on);
create index coaching_record_retain_until on coaching_record (retain_until);

-- Lessons worth reading, by id (the learning context owns lessons; never a report).
create table coaching_record_lesson (
    record_id varchar(36) not null references coaching_record (id) on delete cascade,
    lesson_id varchar(36) not null,
    primary key (record_id, lesson_id)
);
