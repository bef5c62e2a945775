-- Retention (issue 13, docs/adr/0052). How long each kind of record is kept, set by an administrator; a kind with
-- no row is kept for ever, so a new installation purges nothing until someone decides.
create table retention_period (
    record_type varchar(40)              not null primary key,
    months      integer                  not null,
    changed_by  varchar(36)              not null,
    changed_at  timestamp with time zone not null,
    version     bigint                   not null default 0,
    constraint retention_period_type_known check (record_type in ('REPORTS', 'RECOVERY_CASES', 'COACHING_RECORDS', 'AUDIT_LOG')),
    constraint retention_period_months_range check (months between 1 and 600)
);

-- A leader's legal hold on a report (and so on its recovery cases): the sweep leaves it alone while it is set.
alter table mistake_report add column legal_hold_since timestamp with time zone;
-- When the sweep blanked a report's words or a closed case's customer reference and notes: never twice.
alter table mistake_report add column anonymised_at timestamp with time zone;
alter table recovery_case add column anonymised_at timestamp with time zone;

-- The daily sweep of every kind of record runs once per cluster under a lease of its own (docs/adr/0019).
insert into scheduled_work_lease (name) values ('retention');
