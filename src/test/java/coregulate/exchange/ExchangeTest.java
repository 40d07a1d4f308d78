package coregulate.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import coregulate.app.Store;
import coregulate.exchange.demo.SampleCouple;
import coregulate.storage.Jdbc;
import coregulate.testing.FakeClock;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeTest {
    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private Store source;
    private SampleCouple.Made made;

    @BeforeEach
    void fill() {
        source = Store.open(dir.resolve("source"));
        made = new SampleCouple(source.database(), clock, 7).fill(30, 2);
    }

    @AfterEach
    void close() {
        source.close();
    }

    private UUID maya() {
        return made.couple().first().id();
    }

    private Path export(Store store, String name) {
        Path file = dir.resolve(name);
        new JsonExporter(store.database(), clock).exportTo(file, maya());
        return file;
    }

    private ObjectNode withoutStamp(Path file) throws Exception {
        var node = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        node.remove("exportedAt");
        return node;
    }

    private int count(Store store, String table) {
        return store.database().read(c -> Jdbc.queryOne(c, "SELECT count(*) FROM " + table, rs -> rs.getInt(1))).orElse(0);
    }

    @Test
    void exportThenImportGivesBackTheSameDataAndTwiceChangesNothing() throws Exception {
        var first = export(source, "a.json");
        try (var target = Store.open(dir.resolve("target"))) {
            var result = new JsonImporter(target.database()).importFrom(first);
            assertTrue(result.inserted() > 30, result.describe());
            var second = export(target, "b.json");
            assertEquals(withoutStamp(first), withoutStamp(second));
            var again = new JsonImporter(target.database()).importFrom(first);
            assertEquals(0, again.inserted() + again.updated(), again.describe());
            assertEquals(withoutStamp(first), withoutStamp(export(target, "c.json")));
        }
    }

    @Test
    void theOtherPartnersPrivateEntriesAreNeverExported() throws Exception {
        String secret = "Jonas's private note " + UUID.randomUUID();
        source.database().write(c -> Jdbc.update(c, "UPDATE check_in SET note = ?, visibility = 'private' WHERE id = "
                + "(SELECT id FROM check_in WHERE author_partner_id = ? LIMIT 1)", secret, made.couple().second().id()));
        String text = Files.readString(export(source, "a.json"));
        assertFalse(text.contains(secret));
        int jonasPrivate = source.database().read(c -> Jdbc.queryOne(c, "SELECT count(*) FROM check_in WHERE "
                + "author_partner_id = ? AND visibility = 'private'", rs -> rs.getInt(1), made.couple().second().id())).orElse(0);
        assertTrue(jonasPrivate > 0);
        var doc = new ObjectMapper().readTree(text);
        for (var row : doc.path("tables").path("check_in")) {
            assertTrue(row.path("author_partner_id").asText().equals(maya().toString())
                    || row.path("visibility").asText().equals("shared"));
        }
    }

    @Test
    void aNewerChangeWinsAndAnOlderOneDoesNot() throws Exception {
        var file = export(source, "a.json");
        try (var target = Store.open(dir.resolve("target"))) {
            new JsonImporter(target.database()).importFrom(file);
            clock.advance(Duration.ofHours(1));
            String id = source.database().read(c -> Jdbc.queryOne(c, "SELECT id FROM check_in WHERE author_partner_id = ? LIMIT 1",
                    rs -> rs.getString(1), maya())).orElseThrow();
            source.database().write(c -> Jdbc.update(c, "UPDATE check_in SET note = 'changed later', updated_at = ? WHERE id = ?",
                    clock.instant(), id));
            var result = new JsonImporter(target.database()).importFrom(export(source, "b.json"));
            assertEquals(1, result.updated(), result.describe());
            assertEquals("changed later", target.database().read(c -> Jdbc.queryOne(c, "SELECT note FROM check_in WHERE id = ?",
                    rs -> rs.getString(1), id)).orElseThrow());
            // The older file brings nothing back.
            assertEquals(0, new JsonImporter(target.database()).importFrom(file).updated());
        }
    }

    @Test
    void everyMalformedFileIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        var good = Files.readString(export(source, "a.json"));
        try (var target = Store.open(dir.resolve("target"))) {
            var importer = new JsonImporter(target.database());
            assertMessage(importer, good.substring(0, good.length() / 2), "cut short");
            assertMessage(importer, "this is a grocery list", "not a complete Coregulate export");
            assertMessage(importer, good.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9"), "newer Coregulate");
            assertMessage(importer, "{\"format\":\"something-else\"}", "not a Coregulate export");
            String badArousal = good.replaceFirst("\"arousal\" : -?\\d+", "\"arousal\" : \"very high\"");
            var e = assertThrows(ExchangeException.class, () -> importer.importFrom(write(badArousal)));
            assertTrue(e.getMessage().contains("check_in record") && e.getMessage().contains("'arousal' must be a whole number"),
                    e.getMessage());
            assertMessage(importer, good.replaceFirst("\"note\" :", "\"mood_ring\" : 1, \"note\" :"), "unknown field 'mood_ring'");
            assertMessage(importer, "[".repeat(5000) + "]".repeat(5000), "not a complete Coregulate export");
            assertMessage(importer, "{\"format\":\"coregulate-export\",\"formatVersion\":1,\"tables\":{},\"x\":\""
                    + "a".repeat(300_000) + "\"}", "not a complete Coregulate export");
            Path huge = dir.resolve("huge.json");
            try (var raf = new RandomAccessFile(huge.toFile(), "rw")) {
                raf.setLength(200L * 1024 * 1024);
            }
            var big = assertThrows(ExchangeException.class, () -> importer.importFrom(huge));
            assertTrue(big.getMessage().contains("200 MB"), big.getMessage());
            assertEquals(0, count(target, "check_in"), "nothing half-imported");
            assertEquals(0, count(target, "partner"));
        }
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "bad", ".json");
        Files.writeString(file, text);
        return file;
    }

    private void assertMessage(JsonImporter importer, String content, String expected) throws Exception {
        var e = assertThrows(ExchangeException.class, () -> importer.importFrom(write(content)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aFailedExportLeavesNoHalfFile() throws Exception {
        Path notAFolder = dir.resolve("a-file");
        Files.writeString(notAFolder, "x");
        var e = assertThrows(ExchangeException.class,
                () -> new JsonExporter(source.database(), clock).exportTo(notAFolder.resolve("out.json"), maya()));
        assertTrue(e.getMessage().contains("could not be written"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith(".coregulate-")));
        }
    }

    @Test
    void csvKeepsNotesWithCommasNewlinesAndEmoji() throws Exception {
        source.database().write(c -> Jdbc.update(c, "UPDATE check_in SET note = ? WHERE id = (SELECT id FROM check_in "
                + "WHERE author_partner_id = ? LIMIT 1)", "tired, \"really\"\nbut ok 🌊", maya()));
        Path csv = dir.resolve("c.csv");
        int rows = new CsvExporter(source.database()).exportTo(csv, maya());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("id,at,partner,arousal"));
        assertTrue(text.contains("\"tired, \"\"really\"\"\nbut ok 🌊\""), text.substring(0, 400));
        assertTrue(rows > 10);
    }

    @Test
    void backupsRotateToTheLastSevenAndRestoreAtTheNextStart() throws Exception {
        var backups = new BackupService(source.database(), dir.resolve("source"), clock);
        for (int day = 0; day < 10; day++) {
            assertTrue(backups.backupIfDue());
            assertFalse(backups.backupIfDue(), "once a day");
            clock.advance(Duration.ofDays(1));
        }
        assertEquals(7, backups.backups().size());
        var newest = backups.backups().get(0);
        try (var copy = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newest); var st = copy.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM check_in")) {
            rs.next();
            assertEquals(made.checkIns(), rs.getInt(1));
        }
        backups.scheduleRestore(newest);
        source.database().write(c -> Jdbc.update(c, "DELETE FROM trigger_entry"));
        source.close();
        assertTrue(BackupService.restoreIfScheduled(dir.resolve("source"), clock));
        source = Store.open(dir.resolve("source"));
        assertEquals(made.triggers(), count(source, "trigger_entry"), "the backup's entries are back");
    }

    @Test
    void theCommandLineExportsAndImportsWithoutAWindow() throws Exception {
        source.close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("cli.json");
        var p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "coregulate.Main", "--data-dir", dir.resolve("source").toString(), "--export", out.toString(),
                "--export-csv", dir.resolve("cli.csv").toString(), "--partner", "Jonas").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), text);
        assertTrue(text.contains("Exported what Jonas may see"), text);
        assertTrue(Files.size(out) > 1000);
        var imp = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "coregulate.Main", "--data-dir", dir.resolve("fresh").toString(), "--import", out.toString())
                .redirectErrorStream(true).start();
        String imported = new String(imp.getInputStream().readAllBytes());
        assertEquals(0, imp.waitFor(), imported);
        assertTrue(imported.contains("new"), imported);
        var bad = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "coregulate.Main", "--data-dir", dir.resolve("fresh").toString(), "--import", dir.resolve("missing.json").toString())
                .redirectErrorStream(true).start();
        String badText = new String(bad.getInputStream().readAllBytes());
        assertEquals(1, bad.waitFor());
        assertTrue(badText.contains("There is no file"), badText);
        source = Store.open(dir.resolve("source"));
    }
}
