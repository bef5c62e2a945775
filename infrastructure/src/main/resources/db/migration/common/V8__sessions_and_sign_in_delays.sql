-- Page sessions of our own (docs/adr/0013): the browser holds a 256-bit secret, the database its SHA-256.
create table signed_in_session (
    id           varchar(36)  not null primary key,
    account_id   varchar(36)  not null references account (id) on delete cascade,
    token_hash   varchar(64)  not null,
    started_at   timestamp with time zone not null,
    last_seen_at timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    device       varchar(240),
    constraint signed_in_session_token unique (token_hash)
);
create index signed_in_session_account on signed_in_session (account_id);
create index signed_in_session_ends on signed_in_session (ends_at);

-- Sign-in delays per username-and-address and per address replace the account lock (docs/adr/0015).
create table sign_in_delay (
    id               varchar(36)  not null primary key,
    throttle_key     varchar(160) not null,
    username         varchar(40),
    address          varchar(64)  not null,
    failures         integer      not null,
    first_failure_at timestamp with time zone not null,
    last_failure_at  timestamp with time zone not null,
    blocked_until    timestamp with time zone,
    version          bigint       not null default 0,
    constraint sign_in_delay_key unique (throttle_key)
);
create index sign_in_delay_username on sign_in_delay (username);
create index sign_in_delay_blocked on sign_in_delay (blocked_until);

alter table account drop column failed_sign_ins;
alter table account drop column locked_until;

-- An administrator's reset leaves a one-time password that opens only the password page (docs/adr/0014).
alter table account add column must_change_password boolean not null default false;
alter table account add column password_reset_at timestamp with time zone;
