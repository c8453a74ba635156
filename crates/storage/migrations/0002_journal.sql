-- Schema version 2: labels, reflections and development goals.
-- Append-only: never edit after release.

ALTER TABLE assessment ADD COLUMN label TEXT NOT NULL DEFAULT '';

-- Free-text answers to the book's reflection questions, one per question.
CREATE TABLE reflection (
    assessment_id TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question      TEXT NOT NULL CHECK (question IN ('picture', 'preference', 'pitfalls', 'work-asks')),
    answer        TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, question)
) STRICT;

-- At most one development goal per result. review_on is an ISO date or NULL.
CREATE TABLE goal (
    assessment_id TEXT PRIMARY KEY NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    role          TEXT NOT NULL CHECK (role IN ('bureaucraat', 'ondernemer', 'verbinder')),
    assignment    TEXT NOT NULL,
    review_on     TEXT CHECK (review_on IS NULL OR review_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    updated_at    INTEGER NOT NULL
) STRICT;
