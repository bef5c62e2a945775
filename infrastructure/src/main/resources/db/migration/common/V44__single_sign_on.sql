-- Single sign-on (docs/adr/0032).
-- An account that signed in through the OpenID provider: the provider's issuer and subject (the person's
-- stable id there) name it, never the username, which the provider may reuse or rename.
create table account_provider_link (
    account_id     varchar(36)  not null primary key references account (id) on delete cascade,
    issuer         varchar(255) not null,
    subject        varchar(255) not null,
    linked_at      timestamp with time zone not null,
    constraint account_provider_link_subject unique (issuer, subject)
);

-- A sign-in started at the provider and not yet back: kept in the database so that the instance the
-- provider sends the browser back to need not be the one that started it. Only hashes of the state
-- (which the browser also holds in a cookie) name a row; the nonce and the PKCE verifier never leave the server.
-- started_at: milliseconds since 1970 (UTC), compared only with each other.
create table provider_sign_in_attempt (
    state_hash     varchar(64)  not null primary key,
    nonce          varchar(100) not null,
    code_verifier  varchar(128) not null,
    return_to      varchar(2000),
    started_at     bigint       not null
);
create index provider_sign_in_attempt_started on provider_sign_in_attempt (started_at);
