-- Ecosystem registry: organisations, partnerships, initiatives (issue 5).
-- Territory columns are denormalised from the COG referential at write time so that a territory's
-- organisations are one indexed equality away, whatever the level.

CREATE TABLE eco_organisation (
    id               BIGSERIAL PRIMARY KEY,
    name             TEXT        NOT NULL,
    name_normalised  TEXT        NOT NULL,
    type             TEXT        NOT NULL,
    family           TEXT        NOT NULL,
    size             TEXT,
    status           TEXT,
    ess              BOOLEAN     NOT NULL DEFAULT FALSE,
    commune_code     TEXT        NOT NULL,
    epci_code        TEXT,
    departement_code TEXT,
    region_code      TEXT,
    domains          TEXT[]      NOT NULL DEFAULT '{}',
    objectives       TEXT[]      NOT NULL DEFAULT '{}',
    contact_person   TEXT        NOT NULL DEFAULT '',
    contact_email    TEXT        NOT NULL DEFAULT '',
    contact_phone    TEXT        NOT NULL DEFAULT '',
    website          TEXT        NOT NULL DEFAULT '',
    siren            CHAR(9),
    version          INTEGER     NOT NULL DEFAULT 1,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX eco_organisation_siren ON eco_organisation (siren) WHERE siren IS NOT NULL;
CREATE INDEX eco_organisation_commune ON eco_organisation (commune_code);
CREATE INDEX eco_organisation_epci ON eco_organisation (epci_code);
CREATE INDEX eco_organisation_departement ON eco_organisation (departement_code);
CREATE INDEX eco_organisation_region ON eco_organisation (region_code);

CREATE TABLE eco_partnership (
    id               BIGSERIAL PRIMARY KEY,
    title            TEXT        NOT NULL,
    category         TEXT        NOT NULL,
    modality         TEXT,
    domains          TEXT[]      NOT NULL DEFAULT '{}',
    territory_level  TEXT        NOT NULL,
    territory_code   TEXT        NOT NULL,
    commune_code     TEXT,
    epci_code        TEXT,
    departement_code TEXT,
    region_code      TEXT,
    start_date       DATE,
    end_date         DATE,
    resources        TEXT[]      NOT NULL DEFAULT '{}',
    stage            TEXT        NOT NULL,
    innovation_stage TEXT,
    levers           TEXT[]      NOT NULL DEFAULT '{}',
    version          INTEGER     NOT NULL DEFAULT 1,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX eco_partnership_departement ON eco_partnership (departement_code);
CREATE INDEX eco_partnership_region ON eco_partnership (region_code);

CREATE TABLE eco_partnership_member (
    partnership_id  BIGINT NOT NULL REFERENCES eco_partnership (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES eco_organisation (id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id)
);
CREATE INDEX eco_partnership_member_organisation ON eco_partnership_member (organisation_id);

CREATE TABLE eco_initiative (
    id               BIGSERIAL PRIMARY KEY,
    kind             TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    territory_level  TEXT        NOT NULL,
    territory_code   TEXT        NOT NULL,
    commune_code     TEXT,
    epci_code        TEXT,
    departement_code TEXT,
    region_code      TEXT,
    stage            TEXT        NOT NULL,
    domains          TEXT[]      NOT NULL DEFAULT '{}',
    start_date       DATE,
    end_date         DATE,
    innovation_stage TEXT,
    levers           TEXT[]      NOT NULL DEFAULT '{}',
    version          INTEGER     NOT NULL DEFAULT 1,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE eco_initiative_participant (
    initiative_id   BIGINT NOT NULL REFERENCES eco_initiative (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES eco_organisation (id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (initiative_id, organisation_id)
);

-- Evaluation questionnaire as data: questions can be reworded or added without code.
CREATE TABLE eco_evaluation_question (
    code     TEXT PRIMARY KEY,
    impact   TEXT    NOT NULL,
    position INTEGER NOT NULL,
    text_fr  TEXT    NOT NULL,
    text_en  TEXT    NOT NULL,
    active   BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE eco_evaluation (
    id           BIGSERIAL PRIMARY KEY,
    subject_kind TEXT        NOT NULL CHECK (subject_kind IN ('PARTNERSHIP', 'INITIATIVE')),
    subject_id   BIGINT      NOT NULL,
    evaluated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    account_id   BIGINT,
    comment      TEXT        NOT NULL DEFAULT ''
);
CREATE INDEX eco_evaluation_subject ON eco_evaluation (subject_kind, subject_id);

CREATE TABLE eco_evaluation_answer (
    evaluation_id BIGINT   NOT NULL REFERENCES eco_evaluation (id) ON DELETE CASCADE,
    question_code TEXT     NOT NULL REFERENCES eco_evaluation_question (code),
    score         SMALLINT NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (evaluation_id, question_code)
);

-- Default questionnaire: three questions per impact, on a 1 (pas du tout) to 5 (tout à fait) scale,
-- drawn from the référentiel co-construction territoriale 2016 (évaluer l'utilité sociétale).
INSERT INTO eco_evaluation_question (code, impact, position, text_fr, text_en) VALUES
 ('PERF_OBJECTIVES', 'ORGANISATION_PERFORMANCE', 1,
  'Le partenariat a permis aux organisations d''atteindre les objectifs qu''elles s''étaient fixés.',
  'The partnership helped the organisations reach the objectives they had set.'),
 ('PERF_SKILLS', 'ORGANISATION_PERFORMANCE', 2,
  'Les équipes ont acquis de nouvelles compétences ou pratiques grâce à la coopération.',
  'Staff gained new skills or practices through the cooperation.'),
 ('PERF_RESOURCES', 'ORGANISATION_PERFORMANCE', 3,
  'Les ressources engagées (argent, compétences, nature) ont été utilisées efficacement.',
  'The resources committed (money, skills, in kind) were used efficiently.'),
 ('INNOV_SOLUTION', 'TERRITORIAL_INNOVATION', 4,
  'Une solution nouvelle à une fragilité du territoire a été conçue ou expérimentée.',
  'A new solution to a fragility of the territory was designed or tested.'),
 ('INNOV_SPREAD', 'TERRITORIAL_INNOVATION', 5,
  'La solution peut être modélisée, essaimée ou changer d''échelle.',
  'The solution can be modelled, spread or scaled up.'),
 ('INNOV_BENEFICIARIES', 'TERRITORIAL_INNOVATION', 6,
  'Les bénéficiaires visés ont vu leur situation s''améliorer.',
  'The intended beneficiaries saw their situation improve.'),
 ('CONF_TRUST', 'CONFIDENCE', 7,
  'La confiance entre les partenaires s''est renforcée.',
  'Trust between the partners grew.'),
 ('CONF_TERRITORY', 'CONFIDENCE', 8,
  'Les habitants et acteurs du territoire ont davantage confiance dans sa capacité à agir.',
  'Inhabitants and actors have more confidence in the territory''s capacity to act.'),
 ('CONF_NEW_ALLIANCES', 'CONFIDENCE', 9,
  'De nouvelles alliances sont nées ou vont naître de cette expérience.',
  'New alliances were born or will be born from this experience.');
