-- Scheduled work runs on one instance of a cluster at a time, once per period: an instance runs a kind of
-- work only while it holds that work's lease (docs/adr/0017). A lease nobody holds has no holder; one whose
-- holder died runs out at held_until. Portable SQL: the same file serves every database vendor.
create table scheduled_work_lease (
    name       varchar(80)  not null primary key,
    holder     varchar(200),
    held_until timestamp with time zone
);

insert into scheduled_work_lease (name) values ('coaching-retention'), ('confidential-activity-release'), ('sign-in-upkeep');
