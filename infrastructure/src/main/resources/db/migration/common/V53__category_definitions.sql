-- How administrators name and describe report kinds and customer-impact levels, per language, and which kinds need a
-- recovery case (docs/adr/0051-categories-and-impact-definitions.md). The kind or level is the key and never changes;
-- a kind or level without a row, or a name left empty, speaks the message bundles' words. No rows to start with:
-- without a row for CUSTOMER_HARMED it needs a recovery case, every other kind does not (CategoryDefinition.unwritten).
create table category_definition (
    id                  varchar(40)  not null primary key,
    dimension           varchar(10)  not null,
    category_key        varchar(30)  not null,
    name_en             varchar(120),
    name_de             varchar(120),
    description_en      varchar(600),
    description_de      varchar(600),
    needs_recovery_case boolean      not null,
    version             bigint       not null,
    constraint category_definition_dimension_known check (dimension in ('KIND', 'IMPACT')),
    constraint category_definition_key_once unique (dimension, category_key)
);
