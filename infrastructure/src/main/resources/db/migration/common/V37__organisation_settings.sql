-- The organisation's switches an administrator turns on or off (issue 19): a setting with no row is off.
create table organisation_setting (
    name        varchar(80)              not null primary key,
    switched_on boolean                  not null,
    changed_by  varchar(36)              not null,
    changed_at  timestamp with time zone not null,
    version     bigint                   not null default 0
);
