-- What the file looked like when it was loaded (pipeline, size and modification time of the file and its
-- metadata file): an unchanged stamp means an unchanged file, so a restart reads nothing.
alter table article add column file_stamp varchar(200);
