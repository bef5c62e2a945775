-- Notifications store their kind and the facts they tell, not English words (ADR 20, issue 17):
-- facts are separated by the unit separator (U+001F); text stays only for words as written
-- (rows from before, when V31 cannot read them, and the demo's), so it may now be empty.
alter table notification add column facts varchar(8000);
alter table notification alter column text drop not null;
