-- Territorial studies (issue 11): a study of a territory publishes a versioned questionnaire (the
-- PHARE grid, store/src/main/resources/study/) to actor types through links, and collects answers.
-- ADR 0060: one row per respondent, answers as JSONB keyed by the definition's field ids.
-- Identity is kept apart: invitation identifiers (e-mails) sit in study_invitation, purgeable, and
-- nothing joins them to a response (the use of a single-use link records the token, not when).

CREATE TABLE study (
    id              BIGSERIAL PRIMARY KEY,
    title           TEXT        NOT NULL,
    territory_level TEXT        NOT NULL,
    territory_code  TEXT        NOT NULL,
    actors          TEXT[]      NOT NULL CHECK (cardinality(actors) >= 1),
    questionnaire   TEXT        NOT NULL,
    opens_on        DATE        NOT NULL,
    closes_on       DATE        NOT NULL CHECK (closes_on >= opens_on),
    -- shown to respondents: who runs the study, how answers are used
    organiser       TEXT        NOT NULL,
    privacy         TEXT        NOT NULL,
    status          TEXT        NOT NULL DEFAULT 'DRAFT'
                                CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    created_by      TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at    TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ
);

-- A link answers one actor type: one public link per actor type, any number of single-use ones.
CREATE TABLE study_link (
    token      TEXT    PRIMARY KEY,
    study_id   BIGINT  NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    actor      TEXT    NOT NULL,
    single_use BOOLEAN NOT NULL
);
CREATE UNIQUE INDEX study_link_public ON study_link (study_id, actor) WHERE NOT single_use;

-- Who an invitation was sent to, as the organiser pasted it; NULL once purged.
CREATE TABLE study_invitation (
    token      TEXT PRIMARY KEY REFERENCES study_link (token) ON DELETE CASCADE,
    identifier TEXT
);

-- A single-use link answered: the primary key refuses a second answer, even two at once.
CREATE TABLE study_link_use (
    token TEXT PRIMARY KEY REFERENCES study_link (token) ON DELETE CASCADE
);

-- Answers in progress under a link; the key is the respondent's resume address, the nonce the
-- form's anti-forgery value (anonymous respondents have no session).
CREATE TABLE study_draft (
    key        TEXT        PRIMARY KEY,
    token      TEXT        NOT NULL REFERENCES study_link (token) ON DELETE CASCADE,
    nonce      TEXT        NOT NULL,
    answers    JSONB       NOT NULL DEFAULT '{}',
    started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    saved_at   TIMESTAMPTZ
);
CREATE INDEX study_draft_token ON study_draft (token);

-- One submitted answer per row: no name, no e-mail, no link token.
CREATE TABLE study_response (
    id            BIGSERIAL   PRIMARY KEY,
    study_id      BIGINT      NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    actor         TEXT        NOT NULL,
    questionnaire TEXT        NOT NULL,
    -- from the profile answers, for the follow-up and weighting (NULL when not asked)
    commune       TEXT,
    departement   TEXT,
    answers       JSONB       NOT NULL,
    started_at    TIMESTAMPTZ NOT NULL,
    submitted_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX study_response_study ON study_response (study_id, actor);

-- Submissions per client address (SHA-256, never the address) per hour, for the rate limit.
CREATE TABLE study_rate (
    address_hash TEXT        NOT NULL,
    hour         TIMESTAMPTZ NOT NULL,
    count        INTEGER     NOT NULL,
    PRIMARY KEY (address_hash, hour)
);

-- The studies' data version follows studies, links and responses. Drafts and rate counters are
-- not attached: no figure is computed from them, and a draft save must not renew every cache.
SELECT phare_version_table('study', 'studies');
SELECT phare_version_table('study_link', 'studies');
SELECT phare_version_table('study_invitation', 'studies');
SELECT phare_version_table('study_link_use', 'studies');
SELECT phare_version_table('study_response', 'studies');
