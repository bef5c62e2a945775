-- What confidential reporters do waits here, known only by its day, until the day is over; then it enters
-- the audit trail dated to the day, in random order (docs/adr/0007).
create table confidential_activity (
    id           varchar(36)   not null primary key,
    activity_day date          not null,
    action       varchar(60)   not null,
    target       varchar(200),
    detail       varchar(2000)
);
create index confidential_activity_day on confidential_activity (activity_day);

alter table audit_entry add column day_only boolean not null default false;

-- Entries written by earlier versions for confidential reporters carry exact times: keep only their day
-- (times are stored with offset +00:00, so the day is the UTC day).
update audit_entry set recorded_at = date_trunc('DAY', recorded_at), day_only = true
 where actor = 'confidential reporter';
