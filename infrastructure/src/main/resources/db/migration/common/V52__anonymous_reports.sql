-- Anonymous reports (docs/adr/0050-anonymous-reports-and-receipt-codes.md): no account id at all, only the
-- SHA-256 of the receipt code the reporter was shown once. Portable SQL: H2 and PostgreSQL both read it.
alter table mistake_report alter column reporter_account_id drop not null;
alter table mistake_report add column receipt_code_hash varchar(64);
alter table mistake_report add constraint mistake_report_receipt_code_unique unique (receipt_code_hash);
alter table mistake_report drop constraint mistake_report_mode_known;
alter table mistake_report add constraint mistake_report_mode_known check (reporter_mode in ('NAMED', 'CONFIDENTIAL', 'ANONYMOUS'));
-- An anonymous report has a receipt code and no account; every other report has an account and no code.
alter table mistake_report add constraint mistake_report_anonymous_has_no_account
    check ((reporter_mode = 'ANONYMOUS' and reporter_account_id is null and receipt_code_hash is not null)
        or (reporter_mode <> 'ANONYMOUS' and reporter_account_id is not null and receipt_code_hash is null));
