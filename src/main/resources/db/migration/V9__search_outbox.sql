-- Hibernate Search's outbox-polling coordination (profile elasticsearch, docs/scaling.md): each transaction stores
-- its index changes here and the instances' background processors apply them; the agents table shares the work out.
-- Hibernate only validates the schema, so these come from its own DDL for them, in SQL both databases accept
-- except the payloads: H2 has blob, PostgreSQL bytea (placeholder binary, set per database in the profiles).
-- The tables stay empty under the default coordination.
create table hsearch_outbox_event (
    id uuid not null primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    tenant_id varchar(255),
    payload ${binary} not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null
);
create index ix_hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id uuid not null primary key,
    type varchar(255) not null,
    name varchar(255) not null,
    tenant_id varchar(255),
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null,
    total_shard_count integer,
    assigned_shard_index integer,
    payload ${binary}
);
