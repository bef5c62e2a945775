-- Custom fields a team asks on its reports, and the answers reports hold
-- (docs/adr/0046-custom-fields-of-a-team.md). A removed field keeps its row (retired_at set), so the answers
-- already stored keep their label. Answers are part of the report's content: read by exactly those who read the report.
create table custom_field (
    id          varchar(36)   not null primary key,
    team_id     varchar(36)   not null references team (id),
    field_key   varchar(40)   not null,
    label       varchar(200)  not null,
    field_type  varchar(20)   not null,
    required    boolean       not null,
    help_text   varchar(1000),
    choices     varchar(6060),
    field_order integer       not null,
    created_at  timestamp with time zone not null,
    retired_at  timestamp with time zone,
    version     bigint        not null,
    constraint custom_field_type_known check (field_type in ('TEXT', 'LONG_TEXT', 'NUMBER', 'DATE', 'CHOICE', 'MULTI_CHOICE', 'YES_NO')),
    constraint custom_field_key_once unique (team_id, field_key)
);

create table report_custom_value (
    report_id   varchar(36)   not null references mistake_report (id),
    field_id    varchar(36)   not null references custom_field (id),
    field_value varchar(8000) not null,
    primary key (report_id, field_id)
);
create index report_custom_value_field on report_custom_value (field_id);
