-- Schema version 6: situations a person rates on the situation list, to
-- set what a situation asks beside how they work (docs/SCORING.md § 13).
-- Append-only: never edit after release.

-- A named situation: "mijn huidige functie", "project Wijkaanpak, fase 2".
-- Name and note pass the same text checks as a label and a reflection.
CREATE TABLE situation (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    note       TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    created_at INTEGER NOT NULL
) STRICT;

-- One rating of a situation on a version of the situation list; a rating
-- with completed_at NULL is in progress (at most one per situation, which
-- the app keeps). A situation can be rated again later.
CREATE TABLE situation_rating (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    situation_id TEXT NOT NULL REFERENCES situation (id) ON DELETE CASCADE,
    list_version INTEGER NOT NULL CHECK (list_version > 0),
    started_at   INTEGER NOT NULL,
    completed_at INTEGER
) STRICT;

CREATE INDEX situation_rating_by_situation ON situation_rating (situation_id, completed_at);

-- One row per answered statement; value NULL means "weet ik niet".
CREATE TABLE situation_answer (
    rating_id    TEXT NOT NULL REFERENCES situation_rating (id) ON DELETE CASCADE,
    statement_id TEXT NOT NULL,
    value        INTEGER CHECK (value BETWEEN 1 AND 5),
    answered_at  INTEGER NOT NULL,
    PRIMARY KEY (rating_id, statement_id)
) STRICT;

-- Written once, together with situation_rating.completed_at, in one
-- transaction; the columns mean what they mean in role_score.
CREATE TABLE situation_score (
    rating_id TEXT NOT NULL REFERENCES situation_rating (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('bureaucraat', 'ondernemer', 'verbinder')),
    score     REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    share     REAL NOT NULL CHECK (share BETWEEN 0 AND 100),
    answered  INTEGER NOT NULL,
    total     INTEGER NOT NULL,
    variance  REAL CHECK (variance IS NULL OR variance BETWEEN 0 AND 8),
    PRIMARY KEY (rating_id, role)
) STRICT;

-- A workshop group's shared situation (its assignment), which participants
-- rate on their phones in a live session; at most one per group.
CREATE TABLE group_situation (
    group_id TEXT PRIMARY KEY NOT NULL REFERENCES workshop_group (id) ON DELETE CASCADE,
    name     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    note     TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000)
) STRICT;

-- Participants' ratings of their group's situation: anonymous (not linked
-- to a participant's result), complete when stored.
CREATE TABLE group_rating (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    group_id     TEXT NOT NULL REFERENCES workshop_group (id) ON DELETE CASCADE,
    list_version INTEGER NOT NULL CHECK (list_version > 0),
    started_at   INTEGER NOT NULL,
    completed_at INTEGER
) STRICT;

CREATE INDEX group_rating_by_group ON group_rating (group_id);

CREATE TABLE group_rating_answer (
    rating_id    TEXT NOT NULL REFERENCES group_rating (id) ON DELETE CASCADE,
    statement_id TEXT NOT NULL,
    value        INTEGER CHECK (value BETWEEN 1 AND 5),
    answered_at  INTEGER NOT NULL,
    PRIMARY KEY (rating_id, statement_id)
) STRICT;

CREATE TABLE group_rating_score (
    rating_id TEXT NOT NULL REFERENCES group_rating (id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('bureaucraat', 'ondernemer', 'verbinder')),
    score     REAL NOT NULL CHECK (score BETWEEN 0 AND 100),
    share     REAL NOT NULL CHECK (share BETWEEN 0 AND 100),
    answered  INTEGER NOT NULL,
    total     INTEGER NOT NULL,
    variance  REAL CHECK (variance IS NULL OR variance BETWEEN 0 AND 8),
    PRIMARY KEY (rating_id, role)
) STRICT;
