-- Account life cycle (issue 19): password resets by one-time link, deactivation, sign-in slowing.

-- A deactivated account keeps its row (audit log, authorship) but cannot sign in; acc_account.active
-- (V21) is the flag. When and by whom it was switched off is in the audit log.

-- One-time password reset links an administrator hands to a user. Only the SHA-256 of the token is
-- stored (a database dump gives no usable link); a link expires and is spent by its first use.
CREATE TABLE acc_password_reset (
    token_hash  TEXT PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES acc_account (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX acc_password_reset_account ON acc_password_reset (account_id);
-- Not versioned (phare_version_table): reset links show on no cached page.

-- When the password last changed (shown on "Mon compte").
ALTER TABLE acc_account ADD COLUMN password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now();

-- Sign-in slowing counts failures per login since the last success; finding the last success needs
-- this index.
CREATE INDEX acc_login_attempt_login_success ON acc_login_attempt (lower(login), success, attempted_at);
