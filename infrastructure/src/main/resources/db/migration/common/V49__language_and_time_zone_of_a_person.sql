-- A person's language and time zone for pages (docs/adr/0045-german-and-a-persons-language-and-time-zone.md).
-- Both optional: no language means the browser's (Accept-Language), no time zone means the organisation's
-- (DIMPLE_TIME_ZONE, else UTC). Read only for the person's own pages: never written on anything others read.
alter table account add column page_language varchar(8);
alter table account add column time_zone varchar(64);
