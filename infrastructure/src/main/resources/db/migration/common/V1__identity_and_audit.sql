-- Text columns hold twice the characters the application allows: H2 counts UTF-16 units, the application counts characters as people do (an emoji is one).
-- Identity: teams, accounts, roles, membership and leadership.
create table team (
    id          varchar(36)  not null primary key,
    name        varchar(160) not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint team_name_unique unique (name)
);

create table account (
    id                  varchar(36)  not null primary key,
    username            varchar(40)  not null,
    display_name        varchar(200) not null,
    password_hash       varchar(512) not null,
    enabled             boolean      not null,
    failed_sign_ins     integer      not null default 0,
    locked_until        timestamp with time zone,
    created_at          timestamp with time zone not null,
    password_changed_at timestamp with time zone not null,
    version             bigint       not null default 0,
    constraint account_username_unique unique (username)
);

create table account_role (
    account_id varchar(36) not null references account (id) on delete cascade,
    role_name  varchar(20) not null,
    primary key (account_id, role_name)
);

create table team_member (
    account_id varchar(36) not null references account (id) on delete cascade,
    team_id    varchar(36) not null references team (id),
    primary key (account_id, team_id)
);
create index team_member_team on team_member (team_id);

create table team_leader (
    account_id varchar(36) not null references account (id) on delete cascade,
    team_id    varchar(36) not null references team (id),
    primary key (account_id, team_id)
);
create index team_leader_team on team_leader (team_id);

-- Audit: append-only.
create table audit_entry (
    id          varchar(36)   not null primary key,
    recorded_at timestamp with time zone not null,
    actor       varchar(100)  not null,
    action      varchar(60)   not null,
    target      varchar(200),
    detail      varchar(2000)
);
create index audit_entry_recorded_at on audit_entry (recorded_at);
create index audit_entry_actor on audit_entry (actor, recorded_at);
create index audit_entry_action on audit_entry (action, recorded_at);
