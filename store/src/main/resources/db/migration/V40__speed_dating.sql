-- Speed-dating events between companies and associations (issue 6, référentiel 2016 §3.2.1.1).
-- Participants are registry organisations; the planned schedule is stored as it was printed, so a
-- re-plan after an absence or a late arrival keeps the rounds already held.

CREATE TABLE match_event (
    id              BIGSERIAL PRIMARY KEY,
    title           TEXT        NOT NULL,
    territory_level TEXT        NOT NULL,
    territory_code  TEXT        NOT NULL,
    event_date      DATE        NOT NULL,
    rounds          INTEGER     NOT NULL CHECK (rounds >= 1),
    tables          INTEGER     NOT NULL CHECK (tables >= 1),
    round_minutes   INTEGER     NOT NULL CHECK (round_minutes >= 1),
    -- the territory's priority domains when the event was planned, so that affinities stay stable
    priorities      TEXT[]      NOT NULL DEFAULT '{}',
    rounds_played   INTEGER     NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE match_participant (
    event_id        BIGINT  NOT NULL REFERENCES match_event (id) ON DELETE CASCADE,
    organisation_id BIGINT  NOT NULL REFERENCES eco_organisation (id) ON DELETE RESTRICT,
    side            TEXT    NOT NULL CHECK (side IN ('COMPANY', 'ASSOCIATION')),
    present         BOOLEAN NOT NULL DEFAULT TRUE,
    PRIMARY KEY (event_id, organisation_id)
);

CREATE TABLE match_meeting (
    event_id       BIGINT           NOT NULL REFERENCES match_event (id) ON DELETE CASCADE,
    round          INTEGER          NOT NULL,
    table_no       INTEGER          NOT NULL,
    company_id     BIGINT           NOT NULL,
    association_id BIGINT           NOT NULL,
    affinity       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (event_id, round, table_no),
    UNIQUE (event_id, company_id, association_id),
    FOREIGN KEY (event_id, company_id) REFERENCES match_participant (event_id, organisation_id),
    FOREIGN KEY (event_id, association_id) REFERENCES match_participant (event_id, organisation_id)
);

-- Who is present but not at a table in a round (absent participants have no row at all).
CREATE TABLE match_break (
    event_id        BIGINT  NOT NULL REFERENCES match_event (id) ON DELETE CASCADE,
    round           INTEGER NOT NULL,
    organisation_id BIGINT  NOT NULL,
    PRIMARY KEY (event_id, round, organisation_id),
    FOREIGN KEY (event_id, organisation_id) REFERENCES match_participant (event_id, organisation_id)
);

CREATE TABLE match_wish (
    event_id   BIGINT      NOT NULL REFERENCES match_event (id) ON DELETE CASCADE,
    from_id    BIGINT      NOT NULL,
    to_id      BIGINT      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, from_id, to_id),
    FOREIGN KEY (event_id, from_id) REFERENCES match_participant (event_id, organisation_id),
    FOREIGN KEY (event_id, to_id) REFERENCES match_participant (event_id, organisation_id)
);
