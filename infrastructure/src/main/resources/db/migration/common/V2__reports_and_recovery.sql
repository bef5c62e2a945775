-- Reports and service recovery (issue 3).

-- Receipt numbers R-<year>-<6 digits>: one counter row per year, incremented inside the transaction that
-- stores the report, so numbers are unique, sequential and without gaps (a rolled-back report gives its
-- number back). Rows exist in advance so that two first reports of a year never race to insert one.
create table receipt_counter (
    receipt_year integer not null primary key,
    last_number  bigint  not null
);
insert into receipt_counter (receipt_year, last_number) values
    (2024, 0), (2025, 0), (2026, 0), (2027, 0), (2028, 0), (2029, 0), (2030, 0), (2031, 0),
    (2032, 0), (2033, 0), (2034, 0), (2035, 0), (2036, 0), (2037, 0), (2038, 0), (2039, 0),
    (2040, 0), (2041, 0), (2042, 0), (2043, 0), (2044, 0), (2045, 0), (2046, 0), (2047, 0),
    (2048, 0), (2049, 0), (2050, 0), (2051, 0), (2052, 0), (2053, 0), (2054, 0), (2055, 0),
    (2056, 0), (2057, 0), (2058, 0), (2059, 0), (2060, 0), (2061, 0), (2062, 0), (2063, 0),
    (2064, 0), (2065, 0), (2066, 0), (2067, 0), (2068, 0), (2069, 0), (2070, 0), (2071, 0),
    (2072, 0), (2073, 0), (2074, 0), (2075, 0), (2076, 0), (2077, 0), (2078, 0), (2079, 0),
    (2080, 0), (2081, 0), (2082, 0), (2083, 0), (2084, 0), (2085, 0), (2086, 0), (2087, 0),
    (2088, 0), (2089, 0), (2090, 0), (2091, 0), (2092, 0), (2093, 0), (2094, 0), (2095, 0),
    (2096, 0), (2097, 0), (2098, 0), (2099, 0);

create table mistake_report (
    id                  varchar(36)    not null primary key,
    number              varchar(20)    not null,
    submitted_at        timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    status              varchar(20)    not null,
    title               varchar(400)   not null,
    narrative           varchar(40000) not null,
    occurred_at         timestamp with time zone not null,
    team_id             varchar(36)    not null references team (id),
    kind                varchar(20)    not null,
    customer_impact     varchar(10)    not null,
    reporter_mode       varchar(20)    not null,
    -- The reporter, for "my reports" and visibility. Never shown to anyone else when reporter_mode is
    -- CONFIDENTIAL (docs/adr/0007-confidential-reports-in-the-audit-trail.md).
    reporter_account_id varchar(36)    not null references account (id),
    bent_rule           varchar(400),
    bent_rule_key       varchar(400),
    bent_rule_reason    varchar(4000),
    bent_rule_value     varchar(4000),
    withdrawn_at        timestamp with time zone,
    version             bigint         not null default 0,
    constraint mistake_report_number_unique unique (number),
    constraint mistake_report_status_known check (status in ('SUBMITTED', 'NOTED', 'IN_REVIEW', 'CLOSED', 'DUPLICATE', 'WITHDRAWN')),
    constraint mistake_report_kind_known check (kind in ('CUSTOMER_HARMED', 'NO_HARM', 'NEAR_MISS', 'UNSAFE_CONDITION', 'GOOD_CATCH')),
    constraint mistake_report_impact_known check (customer_impact in ('NONE', 'MINOR', 'MAJOR', 'SEVERE')),
    constraint mistake_report_mode_known check (reporter_mode in ('NAMED', 'CONFIDENTIAL')),
    constraint mistake_report_bent_rule_whole check ((bent_rule is null) = (bent_rule_key is null))
);
create index mistake_report_team on mistake_report (team_id, submitted_at);
create index mistake_report_reporter on mistake_report (reporter_account_id, submitted_at);
create index mistake_report_bent_rule on mistake_report (team_id, bent_rule_key);

create table report_question (
    id          varchar(36)   not null primary key,
    report_id   varchar(36)   not null references mistake_report (id),
    asked_by    varchar(36)   not null references account (id),
    asked_at    timestamp with time zone not null,
    text        varchar(4000) not null,
    answer      varchar(8000),
    answered_at timestamp with time zone
);
create index report_question_report on report_question (report_id, asked_at);

create table recovery_case (
    id                    varchar(36)   not null primary key,
    report_id             varchar(36)   not null references mistake_report (id),
    team_id               varchar(36)   not null references team (id),
    customer_ref          varchar(200)  not null,
    proactive             boolean       not null,
    note                  varchar(2000),
    status                varchar(20)   not null,
    opened_at             timestamp with time zone not null,
    follow_up_due         timestamp with time zone not null,
    apologised_at         timestamp with time zone,
    apology_by            varchar(200),
    apology_channel       varchar(20),
    remedy_type           varchar(20),
    remedy_cost           numeric(15, 2),
    remedy_currency       char(3),
    remedy_delivered_at   timestamp with time zone,
    followed_up_at        timestamp with time zone,
    outcome               varchar(20),
    closed_at             timestamp with time zone,
    thank_bystanders      boolean       not null,
    bystanders_thanked_at timestamp with time zone,
    version               bigint        not null default 0,
    constraint recovery_case_status_known check (status in ('OPEN', 'CONTACTED', 'REMEDY_DELIVERED', 'FOLLOWED_UP', 'CLOSED')),
    constraint recovery_case_remedy_known check (remedy_type is null
        or remedy_type in ('REPLACEMENT', 'REFUND', 'CREDIT', 'EXPEDITE', 'PERSONAL_CALL', 'FEE_WAIVER', 'OTHER')),
    constraint recovery_case_outcome_known check (outcome is null
        or outcome in ('DELIGHTED', 'SATISFIED', 'STILL_UNHAPPY', 'LOST', 'UNKNOWN')),
    constraint recovery_case_cost_whole check ((remedy_cost is null) = (remedy_currency is null)),
    constraint recovery_case_cost_positive check (remedy_cost is null or remedy_cost >= 0)
);
create index recovery_case_report on recovery_case (report_id);
create index recovery_case_due on recovery_case (team_id, status, follow_up_due);

create table recovery_step (
    case_id     varchar(36)   not null references recovery_case (id),
    position    integer       not null,
    step        varchar(20)   not null,
    happened_at timestamp with time zone not null,
    note        varchar(2000),
    primary key (case_id, position)
);

create table bent_rule_decision (
    id         varchar(36)   not null primary key,
    team_id    varchar(36)   not null references team (id),
    rule_key   varchar(400)  not null,
    rule       varchar(400)  not null,
    decision   varchar(10)   not null,
    note       varchar(4000),
    decided_by varchar(36)   not null references account (id),
    decided_at timestamp with time zone not null,
    version    bigint        not null default 0,
    constraint bent_rule_decision_unique unique (team_id, rule_key),
    constraint bent_rule_decision_known check (decision in ('KEEP', 'CHANGE', 'RETIRE'))
);
