-- Triage, blameless reviews, action items, lessons and notifications (issue 4).
-- Text columns hold twice the characters the application allows (see V1).

create table review (
    id               varchar(36)    not null primary key,
    team_id          varchar(36)    not null references team (id),
    status           varchar(20)    not null,
    title            varchar(400)   not null,
    summary          varchar(4000),
    takeaway         varchar(600),
    what_happened    varchar(16000),
    why_it_happened  varchar(16000),
    how_fixed        varchar(16000),
    went_well        varchar(8000),
    went_wrong       varchar(8000),
    got_lucky        varchar(8000),
    no_action_reason varchar(2000),
    return_reason    varchar(2000),
    facilitator_id   varchar(36)    references account (id),
    opened_by        varchar(36)    not null references account (id),
    opened_at        timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    approved_at      timestamp with time zone,
    published_at     timestamp with time zone,
    -- No foreign key: the lesson row refers to the review, and one of the two must be written first.
    lesson_id        varchar(36),
    version          bigint         not null default 0,
    constraint review_status_known check (status in ('DRAFTING', 'IN_REVIEW', 'APPROVED', 'PUBLISHED')),
    constraint review_published_whole check ((status = 'PUBLISHED') = (published_at is not null))
);
create index review_team on review (team_id, updated_at);
create index review_facilitator on review (facilitator_id);

create table review_participant (
    review_id  varchar(36) not null references review (id),
    account_id varchar(36) not null references account (id),
    primary key (review_id, account_id)
);
create index review_participant_account on review_participant (account_id);

-- One review covers one or more related reports of its team.
create table review_report (
    review_id varchar(36) not null references review (id),
    report_id varchar(36) not null references mistake_report (id),
    primary key (review_id, report_id)
);

create table review_tag (
    review_id varchar(36) not null references review (id),
    position  integer     not null,
    tag       varchar(80) not null,
    primary key (review_id, position)
);

create table review_timeline_entry (
    id          varchar(36)   not null primary key,
    review_id   varchar(36)   not null references review (id),
    position    integer       not null,
    happened_at timestamp with time zone not null,
    text        varchar(2000) not null,
    kind        varchar(20)   not null,
    recorded_at timestamp with time zone not null,
    constraint review_timeline_kind_known check (kind in ('EVENT', 'DETECTION', 'DECISION', 'COMMUNICATION', 'RECOVERY'))
);
create index review_timeline_review on review_timeline_entry (review_id, happened_at);

create table review_factor (
    id          varchar(36)   not null primary key,
    review_id   varchar(36)   not null references review (id),
    position    integer       not null,
    category    varchar(20)   not null,
    description varchar(2000) not null,
    recorded_at timestamp with time zone not null,
    constraint review_factor_category_known check (category in
        ('PROCESS', 'TOOLS', 'TRAINING', 'COMMUNICATION', 'WORKLOAD', 'ENVIRONMENT', 'POLICY', 'HANDOVER'))
);
create index review_factor_review on review_factor (review_id);

create table review_factor_why (
    factor_id varchar(36)   not null references review_factor (id),
    position  integer       not null,
    why       varchar(1000) not null,
    primary key (factor_id, position)
);

create table action_item (
    id          varchar(36)   not null primary key,
    review_id   varchar(36)   not null references review (id),
    team_id     varchar(36)   not null references team (id),
    title       varchar(400)  not null,
    type        varchar(20)   not null,
    owner_id    varchar(36)   not null references account (id),
    due_date    date          not null,
    priority    varchar(10)   not null,
    status      varchar(20)   not null,
    reason      varchar(2000),
    created_by  varchar(36)   not null references account (id),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    closed_at   timestamp with time zone,
    version     bigint        not null default 0,
    constraint action_item_type_known check (type in ('CORRECTIVE', 'PREVENTIVE', 'DETECTIVE')),
    constraint action_item_priority_known check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    constraint action_item_status_known check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_DOING')),
    constraint action_item_not_doing_says_why check (status <> 'NOT_DOING' or reason is not null)
);
create index action_item_owner on action_item (owner_id, status, due_date);
create index action_item_team on action_item (team_id, status, due_date);
create index action_item_review on action_item (review_id);

-- Every change to a review or one of its action items: who, when, which field, old and new value.
create table review_history (
    id         varchar(36)    not null primary key,
    review_id  varchar(36)    not null references review (id),
    action_id  varchar(36)    references action_item (id),
    changed_at timestamp with time zone not null,
    actor_id   varchar(36)    not null references account (id),
    field      varchar(40)    not null,
    old_value  varchar(16000),
    new_value  varchar(16000)
);
create index review_history_review on review_history (review_id, changed_at);

-- The lesson a published review became. Its status has no check here: the learning issue adds states.
create table lesson (
    id           varchar(36)    not null primary key,
    review_id    varchar(36)    not null references review (id),
    title        varchar(400)   not null,
    takeaway     varchar(600)   not null,
    body         varchar(120000) not null,
    team_id      varchar(36)    not null references team (id),
    status       varchar(20)    not null,
    published_at timestamp with time zone not null,
    version      bigint         not null default 0,
    constraint lesson_review_unique unique (review_id)
);
create index lesson_team on lesson (team_id, published_at);

create table lesson_tag (
    lesson_id varchar(36) not null references lesson (id),
    position  integer     not null,
    tag       varchar(80) not null,
    primary key (lesson_id, position)
);

create table lesson_action (
    lesson_id varchar(36) not null references lesson (id),
    position  integer     not null,
    action_id varchar(36) not null references action_item (id),
    primary key (lesson_id, position)
);

-- What one person is told in the app; addressed by account, read by nobody else.
create table notification (
    id                   varchar(36)   not null primary key,
    recipient_account_id varchar(36)   not null references account (id),
    kind                 varchar(30)   not null,
    text                 varchar(2000) not null,
    link                 varchar(300),
    created_at           timestamp with time zone not null,
    read_at              timestamp with time zone
);
create index notification_recipient on notification (recipient_account_id, created_at);

-- Triage of reports: the outcome, the note the reporter reads, and where it points.
alter table mistake_report add column triaged_at timestamp with time zone;
alter table mistake_report add column triaged_by varchar(36);
alter table mistake_report add column triage_note varchar(4000);
alter table mistake_report add column duplicate_of varchar(36);
alter table mistake_report add column review_id varchar(36);
alter table mistake_report add column closed_at timestamp with time zone;
alter table mistake_report add constraint mistake_report_triaged_by_fk foreign key (triaged_by) references account (id);
alter table mistake_report add constraint mistake_report_duplicate_of_fk foreign key (duplicate_of) references mistake_report (id);
alter table mistake_report add constraint mistake_report_review_fk foreign key (review_id) references review (id);
