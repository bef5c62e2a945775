-- A legal hold on a coaching record (issue 13, docs/adr/0052): HR holds a record for a legal matter, and neither its own
-- retention date nor the organisation's period deletes it while the hold is on.
alter table coaching_record add column legal_hold_since timestamp with time zone;
