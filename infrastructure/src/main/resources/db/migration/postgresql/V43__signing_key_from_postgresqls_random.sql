-- The key unsubscribe links are signed with (docs/adr/0030): two random UUIDs' hex digits (244 random
-- bits from PostgreSQL's strong random source; gen_random_uuid is built in since PostgreSQL 13), made once
-- per database and never in the code.
insert into signing_key (name, secret) values ('mail-unsubscribe',
    replace(cast(gen_random_uuid() as varchar), '-', '') || replace(cast(gen_random_uuid() as varchar), '-', ''));
