-- Population margins an organiser uploads to weight one actor type of a study (issue 11 point 5):
-- companies, associations, mayors (the citizens' margins come from the INSEE population
-- estimates). One row per category; replacing the file replaces every row of the actor type.
CREATE TABLE study_margin (
    study_id BIGINT           NOT NULL REFERENCES study (id) ON DELETE CASCADE,
    actor    TEXT             NOT NULL,
    variable TEXT             NOT NULL,
    category TEXT             NOT NULL,
    total    DOUBLE PRECISION NOT NULL CHECK (total >= 0),
    position INTEGER          NOT NULL,
    PRIMARY KEY (study_id, actor, variable, category)
);

-- margins change the weights, hence every figure of the study
SELECT phare_version_table('study_margin', 'studies');
