-- The people and organization lists are read from the search index (search.NameSearch), sorted by mentions or by
-- name there: these indexes no longer serve a query, and the mention counts, raised for every batch the loader
-- stores, rewrote an entry of theirs with each change.
drop index if exists ix_person_mentions;
drop index if exists ix_person_name;
drop index if exists ix_organization_mentions;
drop index if exists ix_organization_name;
