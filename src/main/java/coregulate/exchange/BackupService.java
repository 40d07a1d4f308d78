package coregulate.exchange;

import coregulate.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Daily consistent copies of the store (SQLite's VACUUM INTO, checked before it is kept), the last seven kept.
 * Restoring happens at the next start, before the store is opened, so the live file is never swapped under
 * a running app.
 */
public final class BackupService {
    public static final int KEEP = 7;
    public static final String FOLDER = "backups";
    public static final String RESTORE_MARKER = "restore-from-backup";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private final Database db;
    private final Path dataDir;
    private final Clock clock;

    public BackupService(Database db, Path dataDir, Clock clock) {
        this.db = db;
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** Makes today's backup if there is none yet; called when the app starts. */
    public boolean backupIfDue() {
        var today = folder().resolve(name(LocalDate.now(clock)));
        if (Files.exists(today)) {
            return false;
        }
        backupNow();
        return true;
    }

    public Path backupNow() {
        try {
            Files.createDirectories(folder());
            var target = folder().resolve(name(LocalDate.now(clock)));
            var temp = folder().resolve(".in-progress-" + System.nanoTime() + ".db");
            db.read(c -> {
                try (var st = c.prepareStatement("VACUUM INTO ?")) {
                    st.setString(1, temp.toString());
                    st.execute();
                }
                return null;
            });
            check(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            rotate();
            return target;
        } catch (IOException e) {
            throw new ExchangeException("The backup could not be written (" + e.getMessage() + "). Your data is unchanged.", e);
        }
    }

    private static void check(Path copy) throws IOException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy); var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA integrity_check")) {
            if (!rs.next() || !"ok".equals(rs.getString(1))) {
                Files.deleteIfExists(copy);
                throw new ExchangeException("The backup copy failed its check and was not kept.");
            }
        } catch (SQLException e) {
            Files.deleteIfExists(copy);
            throw new ExchangeException("The backup copy could not be checked: " + e.getMessage());
        }
    }

    /** Newest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.getFileName().toString().matches("coregulate-\\d{4}-\\d{2}-\\d{2}\\.db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void rotate() throws IOException {
        var all = backups();
        for (int i = KEEP; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /** Asks for this backup to be restored at the next start. */
    public void scheduleRestore(Path backup) {
        if (!backups().contains(backup)) {
            throw new ExchangeException("That backup is not in the backup folder.");
        }
        try {
            Files.writeString(dataDir.resolve(RESTORE_MARKER), backup.getFileName().toString());
        } catch (IOException e) {
            throw new ExchangeException("The restore could not be prepared: " + e.getMessage(), e);
        }
    }

    /**
     * Runs before the store opens: if a restore was asked for, keeps the current file aside and puts the backup
     * in its place. Returns whether a restore happened.
     */
    public static boolean restoreIfScheduled(Path dataDir, Clock clock) {
        Path marker = dataDir.resolve(RESTORE_MARKER);
        if (!Files.exists(marker)) {
            return false;
        }
        try {
            Path backup = dataDir.resolve(FOLDER).resolve(Files.readString(marker).strip());
            Path store = dataDir.resolve(Database.FILE_NAME);
            if (Files.exists(backup)) {
                if (Files.exists(store)) {
                    Files.move(store, dataDir.resolve(Database.FILE_NAME + ".before-restore-"
                            + clock.instant().toEpochMilli()), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + "-wal"));
                Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + "-shm"));
                Files.copy(backup, store);
            }
            Files.delete(marker);
            return true;
        } catch (IOException e) {
            throw new ExchangeException("Restoring the backup failed: " + e.getMessage(), e);
        }
    }

    private static String name(LocalDate day) {
        return "coregulate-" + DAY.format(day) + ".db";
    }
}
