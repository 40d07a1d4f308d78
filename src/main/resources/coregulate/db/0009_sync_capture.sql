-- Change capture for sync: while this computer is paired, every change to a record table leaves a row here
-- in the same transaction as the change itself, so a crash between the save and the journal write loses
-- nothing: the rows are turned into journal lines after the commit, and again at the next start.
-- The triggers that write these rows exist only while paired (sync.couple.CaptureTriggers): a trigger makes
-- every statement on its table slower to prepare, which a computer that is not paired need not pay.
CREATE TABLE sync_capture (
    kind TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (kind, entity_id)
) WITHOUT ROWID;
-- Finding what is still to be written must not scan years of written lines.
CREATE INDEX sync_outbox_unwritten ON sync_outbox (seq) WHERE written = 0;
-- Who uses this computer, as far as the couple folder is concerned; named in the device's announcement.
CREATE TABLE sync_me (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    partner_id TEXT NOT NULL
);
