-- Schema version 5: the code that pairs one person's two results in a
-- retest (docs/SCORING.md § 12), made at random on the participant's phone.
-- Append-only: never edit after release.
--
-- pairing: 8 characters of Crockford's base 32, or NULL when the result has
-- none (every result stored before this version).

ALTER TABLE group_member ADD COLUMN pairing TEXT
    CHECK (pairing IS NULL OR (length(pairing) = 8 AND pairing NOT GLOB '*[^0-9A-HJKMNP-TV-Z]*'));

CREATE INDEX group_member_pairing ON group_member (pairing) WHERE pairing IS NOT NULL;
