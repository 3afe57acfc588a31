-- Accounts, roles, PostgreSQL-backed sessions, login rate limiting and audit log (issue 5).

CREATE TABLE acc_account (
    id            BIGSERIAL PRIMARY KEY,
    login         TEXT        NOT NULL,
    display_name  TEXT        NOT NULL DEFAULT '',
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('ADMINISTRATOR', 'EDITOR', 'VIEWER')),
    active        BOOLEAN     NOT NULL DEFAULT TRUE,
    version       INTEGER     NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX acc_account_login ON acc_account (lower(login));

CREATE TABLE acc_account_territory (
    account_id BIGINT NOT NULL REFERENCES acc_account (id) ON DELETE CASCADE,
    level      TEXT   NOT NULL,
    code       TEXT   NOT NULL,
    PRIMARY KEY (account_id, level, code)
);

-- Only a SHA-256 of the session token is kept, so a database dump does not hand out sessions.
CREATE TABLE acc_session (
    token_hash   TEXT PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES acc_account (id) ON DELETE CASCADE,
    csrf_token   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX acc_session_expiry ON acc_session (expires_at);

CREATE TABLE acc_login_attempt (
    id           BIGSERIAL PRIMARY KEY,
    login        TEXT        NOT NULL,
    ip           TEXT        NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    success      BOOLEAN     NOT NULL
);
CREATE INDEX acc_login_attempt_login ON acc_login_attempt (lower(login), attempted_at);
CREATE INDEX acc_login_attempt_ip ON acc_login_attempt (ip, attempted_at);

CREATE TABLE acc_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO acc_setting (key, value) VALUES ('public_read', 'true');

CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    account_id  BIGINT,
    login       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    entity      TEXT        NOT NULL,
    entity_id   BIGINT,
    before_json JSONB,
    after_json  JSONB
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
