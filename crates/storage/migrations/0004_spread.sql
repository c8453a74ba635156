-- Schema version 4: the spread of each role's keyed answers, which the mix
-- rule reads as the person's own measurement noise (docs/SCORING.md § 7).
-- Append-only: never edit after release.
--
-- variance: the sample variance (divisor k − 1) of the role's keyed answers
-- on the 1–5 scale; NULL when it cannot be known (fewer than two scale
-- answers, or a list this migration does not know). At most 8: two answers
-- 1 and 5 (fourteen answers split 1 and 5 give 4.31).

ALTER TABLE role_score ADD COLUMN variance REAL
    CHECK (variance IS NULL OR variance BETWEEN 0 AND 8);
ALTER TABLE group_score ADD COLUMN variance REAL
    CHECK (variance IS NULL OR variance BETWEEN 0 AND 8);

-- Results stored before this version get their spread from their stored
-- answers. For that, the keying of the lists released until now (v1 and
-- v2); a test checks these rows against assets/instrument/v1.json and
-- v2.json. A result of another list keeps NULL.
CREATE TEMP TABLE keying_0004 (
    version      INTEGER NOT NULL,
    statement_id TEXT NOT NULL,
    role         TEXT NOT NULL,
    reverse      INTEGER NOT NULL,
    PRIMARY KEY (version, statement_id)
);
INSERT INTO temp.keying_0004 (version, statement_id, role, reverse) VALUES
    (1, 'b01', 'bureaucraat', 0), (1, 'o08', 'ondernemer', 1), (1, 'v01', 'verbinder', 0),
    (1, 'o09', 'ondernemer', 1), (1, 'v02', 'verbinder', 0), (1, 'b08', 'bureaucraat', 1),
    (1, 'v03', 'verbinder', 0), (1, 'b09', 'bureaucraat', 1), (1, 'o01', 'ondernemer', 0),
    (1, 'b10', 'bureaucraat', 1), (1, 'o02', 'ondernemer', 0), (1, 'v08', 'verbinder', 1),
    (1, 'o03', 'ondernemer', 0), (1, 'v09', 'verbinder', 1), (1, 'b02', 'bureaucraat', 0),
    (1, 'v10', 'verbinder', 1), (1, 'b03', 'bureaucraat', 0), (1, 'o10', 'ondernemer', 1),
    (1, 'b04', 'bureaucraat', 0), (1, 'o11', 'ondernemer', 1), (1, 'v04', 'verbinder', 0),
    (1, 'o12', 'ondernemer', 1), (1, 'v05', 'verbinder', 0), (1, 'b11', 'bureaucraat', 1),
    (1, 'v06', 'verbinder', 0), (1, 'b12', 'bureaucraat', 1), (1, 'o04', 'ondernemer', 0),
    (1, 'b13', 'bureaucraat', 1), (1, 'o05', 'ondernemer', 0), (1, 'v11', 'verbinder', 1),
    (1, 'o06', 'ondernemer', 0), (1, 'v12', 'verbinder', 1), (1, 'b05', 'bureaucraat', 0),
    (1, 'v13', 'verbinder', 1), (1, 'b06', 'bureaucraat', 0), (1, 'o13', 'ondernemer', 1),
    (1, 'b07', 'bureaucraat', 0), (1, 'o14', 'ondernemer', 1), (1, 'v07', 'verbinder', 0),
    (1, 'o07', 'ondernemer', 0), (1, 'v14', 'verbinder', 1), (1, 'b14', 'bureaucraat', 1),
    (2, 'b01', 'bureaucraat', 0), (2, 'o01', 'ondernemer', 0), (2, 'v01', 'verbinder', 0),
    (2, 'o09', 'ondernemer', 1), (2, 'v08', 'verbinder', 1), (2, 'b13', 'bureaucraat', 1),
    (2, 'v03', 'verbinder', 0), (2, 'b02', 'bureaucraat', 0), (2, 'o02', 'ondernemer', 0),
    (2, 'b16', 'bureaucraat', 1), (2, 'o18', 'ondernemer', 1), (2, 'v12', 'verbinder', 1),
    (2, 'o03', 'ondernemer', 0), (2, 'v04', 'verbinder', 0), (2, 'b03', 'bureaucraat', 0),
    (2, 'v18', 'verbinder', 1), (2, 'b17', 'bureaucraat', 1), (2, 'o19', 'ondernemer', 1),
    (2, 'b04', 'bureaucraat', 0), (2, 'o07', 'ondernemer', 0), (2, 'v06', 'verbinder', 0),
    (2, 'o20', 'ondernemer', 1), (2, 'v19', 'verbinder', 1), (2, 'b18', 'bureaucraat', 1),
    (2, 'v07', 'verbinder', 0), (2, 'b06', 'bureaucraat', 0), (2, 'v17', 'verbinder', 0),
    (2, 'o15', 'ondernemer', 0), (2, 'b19', 'bureaucraat', 1), (2, 'o21', 'ondernemer', 1),
    (2, 'v20', 'verbinder', 1), (2, 'o16', 'ondernemer', 0), (2, 'v15', 'verbinder', 0),
    (2, 'b07', 'bureaucraat', 0), (2, 'v21', 'verbinder', 1), (2, 'b20', 'bureaucraat', 1),
    (2, 'o22', 'ondernemer', 1), (2, 'b15', 'bureaucraat', 0), (2, 'v23', 'verbinder', 1),
    (2, 'o17', 'ondernemer', 0), (2, 'v16', 'verbinder', 0), (2, 'o23', 'ondernemer', 1),
    (2, 'v22', 'verbinder', 1), (2, 'b21', 'bureaucraat', 1);

-- Every scale answer, keyed (a reversed statement counts 6 − value), per
-- owner: a result ('r', id) or a group member ('g', group id, result id).
CREATE TEMP TABLE keyed_0004 AS
    SELECT 'r' AS kind, s.id AS owner, '' AS member, k.role AS role,
           CASE WHEN k.reverse THEN 6 - a.value ELSE a.value END AS x
    FROM answer a
    JOIN assessment s ON s.id = a.assessment_id
    JOIN temp.keying_0004 k ON k.version = s.instrument_version AND k.statement_id = a.statement_id
    WHERE a.value IS NOT NULL AND s.completed_at IS NOT NULL
    UNION ALL
    SELECT 'g', m.group_id, m.result_id, k.role,
           CASE WHEN k.reverse THEN 6 - a.value ELSE a.value END
    FROM group_answer a
    JOIN group_member m ON m.group_id = a.group_id AND m.result_id = a.result_id
    JOIN temp.keying_0004 k ON k.version = m.instrument_version AND k.statement_id = a.statement_id
    WHERE a.value IS NOT NULL;

-- Two passes, as the app computes it: the mean first, then the squared
-- distances from it.
CREATE TEMP TABLE spread_0004 (
    kind     TEXT NOT NULL,
    owner    TEXT NOT NULL,
    member   TEXT NOT NULL,
    role     TEXT NOT NULL,
    variance REAL NOT NULL,
    PRIMARY KEY (kind, owner, member, role)
);
INSERT INTO temp.spread_0004 (kind, owner, member, role, variance)
    SELECT k.kind, k.owner, k.member, k.role,
           sum((k.x - m.mean) * (k.x - m.mean)) / (m.n - 1)
    FROM temp.keyed_0004 k
    JOIN (SELECT kind, owner, member, role, count(*) AS n, avg(x) AS mean
          FROM temp.keyed_0004 GROUP BY kind, owner, member, role) m
      ON m.kind = k.kind AND m.owner = k.owner AND m.member = k.member AND m.role = k.role
    WHERE m.n >= 2
    GROUP BY k.kind, k.owner, k.member, k.role;

UPDATE role_score SET variance = (
    SELECT s.variance FROM temp.spread_0004 s
    WHERE s.kind = 'r' AND s.owner = role_score.assessment_id AND s.member = ''
      AND s.role = role_score.role);
UPDATE group_score SET variance = (
    SELECT s.variance FROM temp.spread_0004 s
    WHERE s.kind = 'g' AND s.owner = group_score.group_id AND s.member = group_score.result_id
      AND s.role = group_score.role);

DROP TABLE temp.spread_0004;
DROP TABLE temp.keyed_0004;
DROP TABLE temp.keying_0004;
