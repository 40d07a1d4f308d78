-- Change capture for sync: while this computer is paired, every change to a record table leaves a row here
-- in the same transaction as the change itself, so a crash between the save and the journal write loses
-- nothing: the rows are turned into journal lines after the commit, and again at the next start.
-- Each trigger is written on one line, because migrations are split into statements at line ends.
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
CREATE TRIGGER sync_capture_partner_insert AFTER INSERT ON partner WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('partner', NEW.id); END;
CREATE TRIGGER sync_capture_partner_update AFTER UPDATE ON partner WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('partner', NEW.id); END;
CREATE TRIGGER sync_capture_partner_delete AFTER DELETE ON partner WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('partner', OLD.id); END;
CREATE TRIGGER sync_capture_check_in_insert AFTER INSERT ON check_in WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('check_in', NEW.id); END;
CREATE TRIGGER sync_capture_check_in_update AFTER UPDATE ON check_in WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('check_in', NEW.id); END;
CREATE TRIGGER sync_capture_check_in_delete AFTER DELETE ON check_in WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('check_in', OLD.id); END;
CREATE TRIGGER sync_capture_trigger_entry_insert AFTER INSERT ON trigger_entry WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('trigger_entry', NEW.id); END;
CREATE TRIGGER sync_capture_trigger_entry_update AFTER UPDATE ON trigger_entry WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('trigger_entry', NEW.id); END;
CREATE TRIGGER sync_capture_trigger_entry_delete AFTER DELETE ON trigger_entry WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('trigger_entry', OLD.id); END;
CREATE TRIGGER sync_capture_helps_card_insert AFTER INSERT ON helps_card WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('helps_card', NEW.id); END;
CREATE TRIGGER sync_capture_helps_card_update AFTER UPDATE ON helps_card WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('helps_card', NEW.id); END;
CREATE TRIGGER sync_capture_helps_card_delete AFTER DELETE ON helps_card WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('helps_card', OLD.id); END;
CREATE TRIGGER sync_capture_timeout_agreement_insert AFTER INSERT ON timeout_agreement WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('timeout_agreement', NEW.id); END;
CREATE TRIGGER sync_capture_timeout_agreement_update AFTER UPDATE ON timeout_agreement WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('timeout_agreement', NEW.id); END;
CREATE TRIGGER sync_capture_timeout_agreement_delete AFTER DELETE ON timeout_agreement WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('timeout_agreement', OLD.id); END;
CREATE TRIGGER sync_capture_time_out_insert AFTER INSERT ON time_out WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('time_out', NEW.id); END;
CREATE TRIGGER sync_capture_time_out_update AFTER UPDATE ON time_out WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('time_out', NEW.id); END;
CREATE TRIGGER sync_capture_time_out_delete AFTER DELETE ON time_out WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('time_out', OLD.id); END;
CREATE TRIGGER sync_capture_exercise_session_insert AFTER INSERT ON exercise_session WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('exercise_session', NEW.id); END;
CREATE TRIGGER sync_capture_exercise_session_update AFTER UPDATE ON exercise_session WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('exercise_session', NEW.id); END;
CREATE TRIGGER sync_capture_exercise_session_delete AFTER DELETE ON exercise_session WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('exercise_session', OLD.id); END;
CREATE TRIGGER sync_capture_exercise_favourite_insert AFTER INSERT ON exercise_favourite WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('exercise_favourite', NEW.id); END;
CREATE TRIGGER sync_capture_exercise_favourite_update AFTER UPDATE ON exercise_favourite WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('exercise_favourite', NEW.id); END;
CREATE TRIGGER sync_capture_exercise_favourite_delete AFTER DELETE ON exercise_favourite WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('exercise_favourite', OLD.id); END;
CREATE TRIGGER sync_capture_breathing_pattern_insert AFTER INSERT ON breathing_pattern WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('breathing_pattern', NEW.id); END;
CREATE TRIGGER sync_capture_breathing_pattern_update AFTER UPDATE ON breathing_pattern WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('breathing_pattern', NEW.id); END;
CREATE TRIGGER sync_capture_breathing_pattern_delete AFTER DELETE ON breathing_pattern WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('breathing_pattern', OLD.id); END;
CREATE TRIGGER sync_capture_timeout_confirmation_insert AFTER INSERT ON timeout_confirmation WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('timeout_agreement', NEW.agreement_id); END;
CREATE TRIGGER sync_capture_timeout_confirmation_delete AFTER DELETE ON timeout_confirmation WHEN EXISTS (SELECT 1 FROM sync_pairing) BEGIN INSERT OR IGNORE INTO sync_capture (kind, entity_id) VALUES ('timeout_agreement', OLD.agreement_id); END;
