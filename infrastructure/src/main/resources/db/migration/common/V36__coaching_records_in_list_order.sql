-- HR's list and the export read coaching records in one order: newest day first, then the latest written,
-- then by id. This index lets the export's keyset chunks (and the list's pages) be range scans in that order.
create index coaching_record_listed on coaching_record (held_on desc, created_at desc, id);
