-- Check-ins, the trigger log and each partner's "what helps me" card.
-- Lists (signals, emotions, custom words) are stored as JSON arrays of ids or words.

CREATE TABLE check_in (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL REFERENCES partner (id),
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    at                TEXT NOT NULL,
    arousal           INTEGER NOT NULL CHECK (arousal BETWEEN -5 AND 5),
    signals           TEXT NOT NULL DEFAULT '[]',
    custom_signals    TEXT NOT NULL DEFAULT '[]',
    emotions          TEXT NOT NULL DEFAULT '[]',
    custom_emotions   TEXT NOT NULL DEFAULT '[]',
    pulse             INTEGER CHECK (pulse IS NULL OR pulse BETWEEN 30 AND 220),
    hrv_ms            REAL CHECK (hrv_ms IS NULL OR hrv_ms BETWEEN 5 AND 250),
    sleep_hours       REAL CHECK (sleep_hours IS NULL OR sleep_hours BETWEEN 0 AND 16),
    connection        INTEGER CHECK (connection IS NULL OR connection BETWEEN 1 AND 5),
    note              TEXT NOT NULL DEFAULT ''
);

CREATE INDEX check_in_author_at ON check_in (author_partner_id, at DESC);
CREATE INDEX check_in_visibility_at ON check_in (visibility, at DESC);

CREATE TABLE trigger_entry (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL REFERENCES partner (id),
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    at                TEXT NOT NULL,
    title             TEXT NOT NULL,
    category          TEXT NOT NULL,
    custom_category   TEXT NOT NULL DEFAULT '',
    intensity         INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    reaction          TEXT,
    context           TEXT NOT NULL DEFAULT '',
    what_helped       TEXT NOT NULL DEFAULT '',
    check_in_id       TEXT REFERENCES check_in (id) ON DELETE SET NULL
);

CREATE INDEX trigger_author_at ON trigger_entry (author_partner_id, at DESC);

CREATE TABLE helps_card (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL UNIQUE REFERENCES partner (id),
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),
    when_activated    TEXT NOT NULL DEFAULT '',
    when_shut_down    TEXT NOT NULL DEFAULT '',
    please_dont       TEXT NOT NULL DEFAULT ''
);
