-- Articles, people, organizations, meetings and series get their ids from sequences too (fetched 50 at a time),
-- like mentions since V4: with identity columns every new one was inserted at once, and each such insert first
-- sent the inserts waiting in the batch, so a loader's transaction went to the database in many small pieces.
-- The sequences start far above any id an identity column has given, so databases created before keep working.
create sequence article_seq start with 1000000000000 increment by 50;
create sequence person_seq start with 1000000000000 increment by 50;
create sequence organization_seq start with 1000000000000 increment by 50;
create sequence meeting_seq start with 1000000000000 increment by 50;
create sequence meeting_series_seq start with 1000000000000 increment by 50;
