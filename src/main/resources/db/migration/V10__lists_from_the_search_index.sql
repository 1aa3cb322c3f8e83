-- The people and organization lists are read from the search index (search.NameSearch), sorted by mentions or by
-- name there: these indexes no longer serve a query, and the recounting after each run of the loader rewrote an
-- entry of theirs for every person and organization whose count changed.
drop index if exists ix_person_mentions;
drop index if exists ix_person_name;
drop index if exists ix_organization_mentions;
drop index if exists ix_organization_name;
