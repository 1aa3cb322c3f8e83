-- Mentions, roles and meeting reports are written many at a time: ids from sequences (fetched 50 at a time) let
-- those inserts go to the database in batches, which identity columns do not. The sequences start far above any
-- id an identity column has given, so databases created before this migration keep working.
create sequence person_mention_seq start with 1000000000000 increment by 50;
create sequence organization_mention_seq start with 1000000000000 increment by 50;
create sequence person_role_seq start with 1000000000000 increment by 50;
create sequence meeting_source_seq start with 1000000000000 increment by 50;
