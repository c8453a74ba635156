-- Schema version 3: workshop groups for the facilitator.
-- Append-only: never edit after release.

-- A group of participants' results, collected by the facilitator.
CREATE TABLE workshop_group (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name       TEXT NOT NULL,
    held_on    TEXT CHECK (held_on IS NULL OR held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
) STRICT;

-- One participant's result in a group: other people's data, kept apart from
-- the facilitator's own assessments. The name is what the participant typed
-- (often empty).
CREATE TABLE group_member (
    group_id           TEXT NOT NULL REFERENCES workshop_group (id) ON DELETE CASCADE,
    result_id          TEXT NOT NULL CHECK (length(result_id) = 36),
    name               TEXT NOT NULL DEFAULT '',
    instrument_version INTEGER NOT NULL CHECK (instrument_version > 0),
    added_at           INTEGER NOT NULL,
    PRIMARY KEY (group_id, result_id)
) STRICT;

CREATE TABLE group_answer (
    group_id     TEXT NOT NULL,
    result_id    TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    value        INTEGER CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (group_id, result_id, statement_id),
    FOREIGN KEY (group_id, result_id) REFERENCES group_member (group_id, result_id) ON DELETE CASCADE
) STRICT;

CREATE TABLE group_score (
    group_id  TEXT NOT NULL,
    result_id TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('bureaucraat', 'ondernemer', 'verbinder')),
    score     REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    share     REAL NOT NULL CHECK (share BETWEEN 0 AND 100),
    answered  INTEGER NOT NULL,
    total     INTEGER NOT NULL,
    PRIMARY KEY (group_id, result_id, role),
    FOREIGN KEY (group_id, result_id) REFERENCES group_member (group_id, result_id) ON DELETE CASCADE
) STRICT;
