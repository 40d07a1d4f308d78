-- Core: the couple, its two partners, this computer, and settings.
-- Every record table carries id (UUID), created_at/updated_at (UTC ISO-8601), author_partner_id, device_id
-- and visibility, so that sharing and sync need no schema rewrite.

CREATE TABLE device (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    is_local    INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    created_at  TEXT NOT NULL
);

CREATE TABLE couple (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL,
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'shared' CHECK (visibility IN ('private', 'shared'))
);

CREATE TABLE partner (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL,
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'shared' CHECK (visibility IN ('private', 'shared')),
    couple_id         TEXT NOT NULL REFERENCES couple (id),
    position          INTEGER NOT NULL CHECK (position IN (1, 2)),
    name              TEXT NOT NULL,
    pronouns          TEXT,
    colour            TEXT,
    resting_pulse     INTEGER,
    UNIQUE (couple_id, position)
);

-- Settings are configuration, not entries: scope is 'app' or a partner's id.
CREATE TABLE setting (
    scope       TEXT NOT NULL,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (scope, key)
);
