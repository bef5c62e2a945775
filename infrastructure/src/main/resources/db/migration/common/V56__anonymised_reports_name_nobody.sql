-- A report whose retention period is over forgets who filed it (docs/adr/0052): once anonymised_at is set, a named or
-- confidential report may have no account either. Anonymous reports keep their rule. Portable SQL: H2 and PostgreSQL.
alter table mistake_report drop constraint mistake_report_anonymous_has_no_account;
alter table mistake_report add constraint mistake_report_anonymous_has_no_account
    check ((reporter_mode = 'ANONYMOUS' and reporter_account_id is null and receipt_code_hash is not null)
        or (reporter_mode <> 'ANONYMOUS' and (reporter_account_id is not null or anonymised_at is not null) and receipt_code_hash is null));
