package coregulate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.storage.settings.SettingsRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheLatestVersionWithDurablePragmas() throws Exception {
        try (var db = Database.open(dir.resolve("c.db"))) {
            assertEquals(Migrations.latestVersion(), db.userVersion());
            db.read(c -> {
                try (var st = c.createStatement()) {
                    var mode = st.executeQuery("PRAGMA journal_mode");
                    mode.next();
                    assertEquals("wal", mode.getString(1));
                    var sync = st.executeQuery("PRAGMA synchronous");
                    sync.next();
                    assertEquals(2, sync.getInt(1), "synchronous=FULL");
                    var fk = st.executeQuery("PRAGMA foreign_keys");
                    fk.next();
                    assertEquals(1, fk.getInt(1));
                    var tables = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name IN ('couple','partner','setting','device')");
                    tables.next();
                    assertEquals(4, tables.getInt(1));
                }
                return null;
            });
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        Path file = dir.resolve("c.db");
        try (var db = Database.open(file)) {
            new SettingsRepository(db).put("app", "theme", "dark", Instant.parse("2026-01-01T00:00:00Z"));
        }
        try (var db = Database.open(file)) {
            assertEquals("dark", new SettingsRepository(db).get("app", "theme").orElseThrow());
        }
    }

    @Test
    void refusesAStoreWrittenByANewerVersionAndLeavesItUntouched() throws Exception {
        Path file = dir.resolve("c.db");
        try (var db = Database.open(file)) {
            new SettingsRepository(db).put("app", "k", "v", Instant.EPOCH);
        }
        int future = Migrations.latestVersion() + 5;
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("PRAGMA user_version=" + future);
        }
        var e = assertThrows(NewerStoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer version of Coregulate"), e.getMessage());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            var rs = st.executeQuery("PRAGMA user_version");
            rs.next();
            assertEquals(future, rs.getInt(1));
            var v = st.executeQuery("SELECT value FROM setting WHERE key = 'k'");
            assertTrue(v.next());
            assertEquals("v", v.getString(1));
        }
    }

    @Test
    void aFileThatIsNotSqliteGetsAPlainMessageAndIsNotChanged() throws Exception {
        Path file = dir.resolve("c.db");
        byte[] text = "these are my shopping notes, not a database at all...".repeat(40).getBytes();
        Files.write(file, text);
        var e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a Coregulate data file"), e.getMessage());
        assertEquals(java.util.Arrays.toString(text), java.util.Arrays.toString(Files.readAllBytes(file)));
    }

    @Test
    void aFailedWriteLeavesNothingHalfSaved() {
        try (var db = Database.open(dir.resolve("c.db"))) {
            var settings = new SettingsRepository(db);
            assertThrows(StoreException.class, () -> db.write(c -> {
                Jdbc.update(c, "INSERT INTO setting (scope, key, value, updated_at) VALUES ('app','a','1','t')");
                Jdbc.update(c, "INSERT INTO no_such_table VALUES (1)");
                return null;
            }));
            assertTrue(settings.get("app", "a").isEmpty());
        }
    }

    @Test
    void migrationsAreNumberedAndEachParses() {
        for (int v = 1; v <= Migrations.latestVersion(); v++) {
            assertTrue(!Migrations.statements(Migrations.sql(v)).isEmpty(), "migration " + v + " has statements");
        }
    }
}
