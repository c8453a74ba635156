-- Schema version 7: requests for how colleagues see a person, and the
-- colleagues' answers (issue 26). Nothing here says which colleague gave
-- which answers, or when: a response is its random key and its answers.
-- Append-only: never edit after release.

-- A request: what the answer form asks, in which language, on which list.
CREATE TABLE feedback_request (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    known_as     TEXT NOT NULL DEFAULT '' CHECK (length(known_as) <= 80),
    language     TEXT NOT NULL CHECK (language IN ('nl', 'en')),
    list_version INTEGER NOT NULL CHECK (list_version > 0),
    created_at   INTEGER NOT NULL
) STRICT;

-- Its open questions, at most three.
CREATE TABLE feedback_question (
    request_id TEXT NOT NULL REFERENCES feedback_request (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
    PRIMARY KEY (request_id, position)
) STRICT;

-- One colleague's answers, by the random key their form gave them. The
-- tables of answers have no row ids (WITHOUT ROWID), which would keep the
-- order answers came in, and so who sent which.
CREATE TABLE colleague_response (
    request_id   TEXT NOT NULL REFERENCES feedback_request (id) ON DELETE CASCADE,
    response_key BLOB NOT NULL CHECK (length(response_key) = 8),
    PRIMARY KEY (request_id, response_key)
) STRICT, WITHOUT ROWID;

-- One row per statement; value NULL means "weet ik niet".
CREATE TABLE colleague_answer (
    request_id   TEXT NOT NULL,
    response_key BLOB NOT NULL,
    statement_id TEXT NOT NULL,
    value        INTEGER CHECK (value BETWEEN 1 AND 5),
    PRIMARY KEY (request_id, response_key, statement_id),
    FOREIGN KEY (request_id, response_key)
        REFERENCES colleague_response (request_id, response_key) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

-- The open answers, as written (shown only shuffled, apart from the scores).
CREATE TABLE colleague_open_answer (
    request_id   TEXT NOT NULL,
    response_key BLOB NOT NULL,
    position     INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    text         TEXT NOT NULL CHECK (length(text) <= 1000),
    PRIMARY KEY (request_id, response_key, position),
    FOREIGN KEY (request_id, response_key)
        REFERENCES colleague_response (request_id, response_key) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
