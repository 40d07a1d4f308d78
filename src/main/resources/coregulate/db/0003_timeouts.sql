-- Time-out agreements (every version kept) with each partner's confirmation, and the time-outs themselves.
-- Both partners see these records, so they are 'shared'.

CREATE TABLE timeout_agreement (
    id                  TEXT PRIMARY KEY,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    author_partner_id   TEXT NOT NULL REFERENCES partner (id),
    device_id           TEXT NOT NULL,
    visibility          TEXT NOT NULL DEFAULT 'shared' CHECK (visibility IN ('private', 'shared')),
    version             INTEGER NOT NULL UNIQUE,
    signal_words        TEXT NOT NULL,
    signal_gesture      TEXT NOT NULL DEFAULT '',
    break_minutes       INTEGER NOT NULL CHECK (break_minutes BETWEEN 20 AND 240),
    latest_return_hours INTEGER NOT NULL CHECK (latest_return_hours BETWEEN 1 AND 24),
    first_plan          TEXT NOT NULL DEFAULT '',
    second_plan         TEXT NOT NULL DEFAULT '',
    restart             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE timeout_confirmation (
    agreement_id TEXT NOT NULL REFERENCES timeout_agreement (id) ON DELETE CASCADE,
    partner_id   TEXT NOT NULL REFERENCES partner (id),
    confirmed_at TEXT NOT NULL,
    PRIMARY KEY (agreement_id, partner_id)
);

CREATE TABLE time_out (
    id                TEXT PRIMARY KEY,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    author_partner_id TEXT NOT NULL REFERENCES partner (id),
    device_id         TEXT NOT NULL,
    visibility        TEXT NOT NULL DEFAULT 'shared' CHECK (visibility IN ('private', 'shared')),
    called_at         TEXT NOT NULL,
    break_minutes     INTEGER NOT NULL,
    latest_return     TEXT NOT NULL,
    agreement_id      TEXT REFERENCES timeout_agreement (id),
    extra_minutes     INTEGER NOT NULL DEFAULT 0,
    cancelled_at      TEXT,
    acknowledged_by   TEXT,
    ready             TEXT NOT NULL DEFAULT '',
    reconvened_at     TEXT,
    outcome           INTEGER CHECK (outcome IS NULL OR outcome BETWEEN 1 AND 5),
    outcome_note      TEXT NOT NULL DEFAULT ''
);

CREATE INDEX time_out_called_at ON time_out (called_at DESC);
