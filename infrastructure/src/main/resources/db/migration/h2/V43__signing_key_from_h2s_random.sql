-- The key unsubscribe links are signed with (docs/adr/0030): 32 random bytes from H2's secure random
-- source, made once per database and never in the code.
insert into signing_key (name, secret) values ('mail-unsubscribe', rawtohex(secure_rand(32)));
