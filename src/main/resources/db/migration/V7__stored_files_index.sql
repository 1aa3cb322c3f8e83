-- What each run compares with the folder (file, content hash, stamp) is read from this index alone, without the
-- articles' rows and their bodies: at 100,000 articles that read took ten seconds and more on every restart.
create index ix_article_stored_file on article (source_file, content_hash, file_stamp);
