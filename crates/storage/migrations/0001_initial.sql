-- Schema version 1. Append-only: never edit after release.
-- Times are Unix milliseconds (UTC).

CREATE TABLE assessment (
    id                 TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    instrument_version INTEGER NOT NULL CHECK (instrument_version > 0),
    started_at         INTEGER NOT NULL,
    completed_at       INTEGER
) STRICT;

CREATE INDEX assessment_by_completion ON assessment (completed_at);

-- One row per answered statement; value NULL means "weet ik niet".
CREATE TABLE answer (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    statement_id  TEXT NOT NULL,
    value         INTEGER CHECK (value BETWEEN 1 AND 5),
    answered_at   INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, statement_id)
) STRICT;

-- Written once, together with assessment.completed_at, in one transaction.
CREATE TABLE role_score (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('bureaucraat', 'ondernemer', 'verbinder')),
    score         REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    share         REAL NOT NULL CHECK (share BETWEEN 0 AND 100),
    answered      INTEGER NOT NULL,
    total         INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, role)
) STRICT;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
