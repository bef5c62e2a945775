-- Letter templates administrators keep for the apology or follow-up a customer receives after a recovery case
-- (docs/adr/0049-customer-follow-up-letter.md). A retired template keeps its row (retired_at set).
-- One English and one German template to start from; administrators reword or retire them.
-- A LETTER_SENT step of a recovery case keeps how the letter went out and the name of its template, never its words.
alter table recovery_step add column letter_channel varchar(20);
alter table recovery_step add column letter_template varchar(200);

create table letter_template (
    id           varchar(36)    not null primary key,
    name         varchar(200)   not null,
    language_tag varchar(5)     not null,
    subject      varchar(400)   not null,
    body         varchar(10000) not null,
    created_at   timestamp with time zone not null,
    retired_at   timestamp with time zone,
    version      bigint         not null,
    constraint letter_template_language_known check (language_tag in ('en', 'de'))
);

-- The bodies are multi-line literals: both H2 and PostgreSQL keep the line breaks.
insert into letter_template (id, name, language_tag, subject, body, created_at, retired_at, version) values (
    '8f1d0c36-3c7a-4f0e-9a55-1e0b6f0c4a01', 'Apology and follow-up', 'en',
    'Following up on your experience with us ({customerReference})',
    'Dear customer,

thank you for letting us know about your recent experience (reference {customerReference}). We are sorry that it did not go the way it should have.

We have looked into what happened and would like to make it right: {remedy}.

We will get in touch with you again by {followUpDate} to make sure everything is settled. If anything is still not right before then, please reply to this message.

Kind regards,
{signedBy}
{teamName}',
    current_timestamp, null, 0);

insert into letter_template (id, name, language_tag, subject, body, created_at, retired_at, version) values (
    '8f1d0c36-3c7a-4f0e-9a55-1e0b6f0c4a02', 'Entschuldigung und Nachfrage', 'de',
    'Ihr Anliegen bei uns ({customerReference})',
    'Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank, dass Sie uns von Ihrer Erfahrung berichtet haben (Vorgang {customerReference}). Es tut uns leid, dass nicht alles so gelaufen ist, wie es sein sollte.

Wir haben uns den Vorgang angesehen und möchten es wiedergutmachen: {remedy}.

Wir melden uns bis zum {followUpDate} noch einmal bei Ihnen, um sicherzugehen, dass alles geklärt ist. Sollte bis dahin noch etwas offen sein, antworten Sie gern auf diese Nachricht.

Mit freundlichen Grüßen
{signedBy}
{teamName}',
    current_timestamp, null, 0);
