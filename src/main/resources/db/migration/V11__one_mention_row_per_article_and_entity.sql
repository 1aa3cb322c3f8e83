-- One row per article and person (organization) named, every place in one value: a row per place was the largest
-- share of the rows the loader wrote (54 of 127 an article). Rows stored before stay as they are, one place each
-- (places null: the row's own offsets), so the counts hold without reading the articles again and no row is
-- rewritten here: the readers count places as mentions and rows per article as one article.
alter table person_mention add column place_count integer default 1 not null;
alter table person_mention add column places varchar(1000000);

alter table organization_mention add column place_count integer default 1 not null;
alter table organization_mention add column places varchar(1000000);
