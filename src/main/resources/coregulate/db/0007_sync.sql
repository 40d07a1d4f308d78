-- Journal sync over the couple's own synced folder (see docs/sync.md).
CREATE TABLE sync_pairing (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pair_id TEXT NOT NULL,
    folder TEXT NOT NULL,
    device_id TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    key_b64 TEXT NOT NULL,
    partner_label TEXT,
    paired_at TEXT NOT NULL
);
CREATE TABLE sync_clock (
    device_id TEXT PRIMARY KEY,
    wall_millis INTEGER NOT NULL,
    counter INTEGER NOT NULL
);
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY,
    eid TEXT NOT NULL UNIQUE,
    event_json TEXT NOT NULL,
    written INTEGER NOT NULL DEFAULT 0 CHECK (written IN (0, 1))
);
CREATE TABLE sync_events (
    eid TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    hlc_wall INTEGER NOT NULL,
    hlc_counter INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX sync_events_entity ON sync_events (entity_kind, entity_id);
CREATE TABLE sync_view (
    entity_kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    winner_eid TEXT NOT NULL,
    PRIMARY KEY (entity_kind, entity_id)
);
CREATE TABLE sync_watermarks (
    device_id TEXT NOT NULL,
    epoch INTEGER NOT NULL,
    max_seq INTEGER NOT NULL,
    PRIMARY KEY (device_id, epoch)
);
CREATE TABLE sync_notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    noticed_at TEXT NOT NULL
);
