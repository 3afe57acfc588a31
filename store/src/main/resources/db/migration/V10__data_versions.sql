-- Data versions (issue 18, ADR 0050): one counter per kind of data, bumped by statement-level
-- triggers in the transaction that changes the data, announced on commit with NOTIFY so that every
-- process (servers, CLI) drops caches keyed by the old version. The payload is the kind only, so that
-- several statements of one transaction send one notification (PostgreSQL folds identical ones).

CREATE TABLE data_version (
    kind    TEXT   PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 1
);

INSERT INTO data_version (kind) VALUES
    ('indicators'), ('registry'), ('matching'), ('accounts'), ('studies'), ('resources'), ('budgets');

CREATE FUNCTION phare_bump_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1 WHERE kind = TG_ARGV[0];
    PERFORM pg_notify('phare_data_version', TG_ARGV[0]);
    RETURN NULL;
END;
$$;

-- Attaches the bump to every change of a table (insert, update, delete, truncate).
CREATE FUNCTION phare_version_table(tbl regclass, kind TEXT) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s'
                   ' FOR EACH STATEMENT EXECUTE FUNCTION phare_bump_data_version(%L)',
                   'bump_' || kind || '_version', tbl, kind);
END;
$$;

SELECT phare_version_table('indicator', 'indicators');
SELECT phare_version_table('indicator_series', 'indicators');
SELECT phare_version_table('territory', 'indicators');

-- The registry's, matching's and accounts' tables are created by later migrations (V20, V21, V40):
-- their triggers are attached there (V29, V49), so that a fresh database migrates in order.
