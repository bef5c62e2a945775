-- Confidential reports keep only the day of what their reporter did (docs/adr/0007). Reports filed by
-- earlier versions carry exact times: keep only their day (times are stored at offset +00:00, so the
-- day is the UTC day). Their receipt numbers stay as they were: people hold them.
update mistake_report set submitted_at = date_trunc('DAY', submitted_at), updated_at = date_trunc('DAY', updated_at)
 where reporter_mode = 'CONFIDENTIAL';
update mistake_report set withdrawn_at = date_trunc('DAY', withdrawn_at)
 where reporter_mode = 'CONFIDENTIAL' and withdrawn_at is not null;
update report_question set answered_at = date_trunc('DAY', answered_at)
 where answered_at is not null and report_id in (select id from mistake_report where reporter_mode = 'CONFIDENTIAL');
update recovery_case set opened_at = date_trunc('DAY', opened_at)
 where report_id in (select id from mistake_report where reporter_mode = 'CONFIDENTIAL');
