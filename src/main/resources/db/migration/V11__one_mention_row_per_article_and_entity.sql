-- One row per article and person (organization) named, with every place in one value: a row per place was most of
-- what the loader wrote. Rows written before keep meaning one place each, so the counts stay right without
-- reading the articles again (the readers count rows per article as one article, places as mentions).
alter table person_mention add column place_count integer default 1 not null;
alter table person_mention add column places varchar(1000000);
update person_mention set places = block_index || ':' || start_offset || ':' || end_offset;
alter table person_mention alter column places set not null;

alter table organization_mention add column place_count integer default 1 not null;
alter table organization_mention add column places varchar(1000000);
update organization_mention set places = block_index || ':' || start_offset || ':' || end_offset;
alter table organization_mention alter column places set not null;
