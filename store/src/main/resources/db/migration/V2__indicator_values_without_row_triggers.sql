-- Foreign keys on indicator_value cost two referential-integrity triggers per inserted row, which
-- dominated bulk imports (millions of rows). The import checks indicator codes against the catalogue
-- and territories against the referential before anything is written, and links every row to its
-- import in the same transaction, so integrity holds without them.
alter table indicator_value drop constraint indicator_value_indicator_fkey;
alter table indicator_value drop constraint indicator_value_import_id_fkey;

-- Keys are codes, not prose: byte-wise comparison ("C" collation) makes the primary-key index several
-- times cheaper to maintain than a linguistic collation, and the order of codes is the same.
alter table indicator_value alter column indicator type text collate "C";
alter table indicator_value alter column level type text collate "C";
alter table indicator_value alter column code type text collate "C";
alter table indicator_value alter column vintage type text collate "C";
