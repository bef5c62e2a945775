-- Contexts talk through domain events (docs/adr/0017).

-- Work that follows an event after its transaction (telling people in the app; later mail and webhooks)
-- waits here, one message per event and handler, written in the transaction of the change. The position
-- comes from a sequence, one value per message, so messages of one aggregate are handed on in the order
-- they were written. A message leaves the table in the transaction that handled it. It is claimed by
-- one instance at a time (claimed_by, claimed_until: a conditional update only one instance wins), and
-- tried again after due_at when it fails; last_error holds the kinds of error only, never their text.
create sequence outbox_position start with 1 increment by 1;

create table outbox_message (
    position       bigint           not null primary key,
    handler        varchar(80)      not null,
    event_type     varchar(80)      not null,
    aggregate_key  varchar(80)      not null,
    payload        varchar(1000000) not null,
    occurred_at    timestamp with time zone not null,
    due_at         timestamp with time zone not null,
    attempts       integer          not null default 0,
    claimed_by     varchar(40),
    claimed_until  timestamp with time zone,
    last_error     varchar(1000),
    last_failed_at timestamp with time zone
);
create index outbox_message_due on outbox_message (due_at, position);
create index outbox_message_aggregate on outbox_message (aggregate_key, position);

-- Foreign keys point one way only, from the context that depends to the one it depends on: the review
-- context's review_report names the reports a review covers; a report keeps the id of the review it went
-- into as a plain reference, like every other reference between aggregates. Nothing is lost: the column
-- and its values stay.
alter table mistake_report drop constraint mistake_report_review_fk;
