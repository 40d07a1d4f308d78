-- Exercises: favourites, partners' own breathing patterns, and every session with before/after ratings.

CREATE TABLE exercise_favourite (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL REFERENCES partner (id),
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    exercise_id       TEXT NOT NULL,
    UNIQUE (author_partner_id, exercise_id)
);

CREATE TABLE breathing_pattern (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL REFERENCES partner (id),
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    name              TEXT NOT NULL,
    inhale_s          REAL NOT NULL CHECK (inhale_s > 0),
    top_up_s          REAL NOT NULL DEFAULT 0 CHECK (top_up_s >= 0),
    hold_in_s         REAL NOT NULL DEFAULT 0 CHECK (hold_in_s >= 0),
    exhale_s          REAL NOT NULL CHECK (exhale_s > 0),
    hold_out_s        REAL NOT NULL DEFAULT 0 CHECK (hold_out_s >= 0),
    cycles            INTEGER CHECK (cycles IS NULL OR cycles > 0),
    minutes           REAL CHECK (minutes IS NULL OR minutes > 0),
    CHECK ((cycles IS NULL) <> (minutes IS NULL))
);

CREATE TABLE exercise_session (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL REFERENCES partner (id),
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    exercise_id       TEXT NOT NULL,
    exercise_name     TEXT NOT NULL,
    started_at        TEXT NOT NULL,
    duration_s        INTEGER NOT NULL CHECK (duration_s >= 0),
    completed         INTEGER NOT NULL CHECK (completed IN (0, 1)),
    before_level      INTEGER CHECK (before_level IS NULL OR before_level BETWEEN -5 AND 5),
    after_level       INTEGER CHECK (after_level IS NULL OR after_level BETWEEN -5 AND 5),
    breaths_per_min   REAL,
    together_with_id  TEXT REFERENCES partner (id)
);

CREATE INDEX exercise_session_partner ON exercise_session (author_partner_id, started_at);
