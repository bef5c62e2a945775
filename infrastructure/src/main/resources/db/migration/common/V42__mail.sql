-- Mail (docs/adr/0030-mail-through-a-queue-of-its-own.md).

-- An address to mail a person at: optional, set by an administrator or by the person. Not unique: two
-- accounts of one person (an administrator's break-glass account and their own) may share a mailbox.
alter table account add column email varchar(254);

-- What a person wants by mail, per kind: AT_ONCE, DIGEST (once a day) or OFF. No row: the default.
create table mail_preference (
    account_id varchar(36) not null references account (id),
    kind       varchar(40) not null,
    choice     varchar(10) not null,
    primary key (account_id, kind),
    constraint mail_preference_choice_known check (choice in ('AT_ONCE', 'DIGEST', 'OFF'))
);

-- Messages that leave Dimple (mail now, webhooks next), written in the transaction of what caused them
-- and sent afterwards by a sender that claims each row (claimed_by, claimed_until: a conditional update
-- only one instance wins), sends it, and marks it SENT. A message stores facts (kind, facts, link), never
-- sentences: it is put into words when it is sent. recipient is an account id (MAIL) or a team id
-- (WEBHOOK): an address or a webhook URL is looked up when sending, so none is stored here. last_error
-- holds the kinds of error only, never their text.
create table outgoing_message (
    id              varchar(36)   not null primary key,
    channel         varchar(10)   not null,
    recipient       varchar(36)   not null,
    kind            varchar(40)   not null,
    facts           varchar(4000) not null,
    link            varchar(500),
    digest          boolean       not null,
    state           varchar(10)   not null,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer       not null default 0,
    claimed_by      varchar(40),
    claimed_until   timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(1000),
    last_failed_at  timestamp with time zone,
    constraint outgoing_message_channel_known check (channel in ('MAIL', 'WEBHOOK')),
    constraint outgoing_message_state_known check (state in ('WAITING', 'SENT', 'DROPPED'))
);
create index outgoing_message_due on outgoing_message (state, next_attempt_at);
create index outgoing_message_recipient on outgoing_message (recipient, state);

-- Keys the server signs with (unsubscribe links; later webhook payloads), made at random on first use
-- and kept here, never in the code.
create table signing_key (
    name   varchar(40)  not null primary key,
    secret varchar(200) not null
);

-- What the sweep for due and overdue work has already told, one row per thing and state, so each is
-- told once (a follow-up "due soon" once, "overdue" once).
create table due_notice (
    subject    varchar(80) not null,
    state      varchar(20) not null,
    noticed_at timestamp with time zone not null,
    primary key (subject, state)
);

