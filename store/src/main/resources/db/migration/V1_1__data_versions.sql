-- Data versions (issue 18, ADR 0050): one counter per kind of data, bumped by triggers in the
-- transaction that changes the data, announced on commit with NOTIFY so that every
-- process (servers, CLI) drops caches keyed by the old version. The payload is the kind only, so that
-- several statements of one transaction send one notification (PostgreSQL folds identical ones).
-- Numbered 1.1 so that it precedes every feature's migrations: each feature attaches the bump to
-- its own tables in its own range (V4 indicators, V22 registry and accounts, V41 matching).

CREATE TABLE data_version (
    kind    TEXT   PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 1
);

INSERT INTO data_version (kind) VALUES
    ('indicators'), ('registry'), ('matching'), ('accounts'), ('studies'), ('resources'), ('budgets');

-- Bumps the kind's version once per transaction, however many rows it changes: a row-level trigger
-- (a statement that changes no row, such as an upsert of identical values, bumps nothing) remembers
-- in a transaction-local setting that it already bumped.
CREATE FUNCTION phare_bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    flag TEXT := 'phare.bumped_' || TG_ARGV[0];
BEGIN
    IF coalesce(current_setting(flag, true), '') <> txid_current()::text THEN
        UPDATE data_version SET version = version + 1 WHERE kind = TG_ARGV[0];
        PERFORM pg_notify('phare_data_version', TG_ARGV[0]);
        PERFORM set_config(flag, txid_current()::text, true);
    END IF;
    RETURN NULL;
END;
$$;

-- Attaches the bump to every change of a table: each changed row (insert, update, delete), and
-- truncation (statement-level, it has no rows).
CREATE FUNCTION phare_version_table(tbl regclass, kind TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %s'
                   ' FOR EACH ROW EXECUTE FUNCTION phare_bump_data_version(%L)',
                   'bump_' || kind || '_version', tbl, kind);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION phare_bump_data_version(%L)',
                   'bump_' || kind || '_version_on_truncate', tbl, kind);
END;
$$;
