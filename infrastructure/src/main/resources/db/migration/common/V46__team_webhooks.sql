-- Chat and webhooks per team (docs/adr/0031-team-webhooks-through-the-mail-queue.md).

-- Where a team's announcements go: a Slack or Microsoft Teams incoming webhook, or a generic URL whose
-- requests are signed with HMAC-SHA256 under secret. The URL and the secret are secrets: never logged, shown
-- back only as their last characters. Messages to a webhook wait in outgoing_message (channel WEBHOOK,
-- recipient: the webhook's id).
create table team_webhook (
    id         varchar(36)   not null primary key,
    team_id    varchar(36)   not null references team (id),
    kind       varchar(10)   not null,
    url        varchar(2000) not null,
    secret     varchar(200),
    created_at timestamp with time zone not null,
    constraint team_webhook_kind_known check (kind in ('SLACK', 'TEAMS', 'GENERIC')),
    constraint team_webhook_one_per_kind unique (team_id, kind)
);
