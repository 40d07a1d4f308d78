package coregulate.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The one SQLite file in the data folder, behind a single long-lived connection. Every write runs in a
 * {@code BEGIN IMMEDIATE} transaction with {@code synchronous=FULL}, so that once a call returns the change
 * survives a power cut. Calls are serialised: SQLite has one writer anyway.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "coregulate.db";
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Connection connection;
    private final Path file;
    private int transactionDepth;
    private Runnable afterCommit = () -> { };
    private boolean inAfterCommit;

    private Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating if needed) and migrates the store; refuses a store written by a newer version. */
    public static Database open(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new StoreException("The store " + file + " is not a file.");
        }
        Connection connection;
        try {
            var props = new Properties();
            props.setProperty("foreign_keys", "true");
            props.setProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw new StoreException("Coregulate could not open its data file " + file + ": " + e.getMessage(), e);
        }
        var db = new Database(connection, file);
        try {
            db.configure();
            db.migrate();
            return db;
        } catch (StoreException e) {
            db.close();
            throw e;
        } catch (SQLException e) {
            db.close();
            throw describe(file, e);
        }
    }

    private static StoreException describe(Path file, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("NOTADB") || msg.contains("not a database") || msg.contains("file is encrypted")) {
            return new StoreException("The file " + file + " is not a Coregulate data file (it is not an SQLite "
                    + "database). It has not been changed. Move it aside or choose another data folder.", e);
        }
        return new StoreException("Coregulate could not read its data file " + file + ": " + msg, e);
    }

    private void configure() throws SQLException {
        try (Statement st = connection.createStatement()) {
            // Reading user_version first makes a non-SQLite file fail here, before anything is written.
            st.executeQuery("PRAGMA user_version").close();
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=FULL");
            st.execute("PRAGMA foreign_keys=ON");
            st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
        }
    }

    private void migrate() throws SQLException {
        int current = userVersion();
        int latest = Migrations.latestVersion();
        if (current > latest) {
            throw new NewerStoreException(current, latest);
        }
        connection.setAutoCommit(false);
        try {
            for (int version = current + 1; version <= latest; version++) {
                try (Statement st = connection.createStatement()) {
                    for (String sql : Migrations.statements(Migrations.sql(version))) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version=" + version);
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw new StoreException("Updating the data format to version " + version
                            + " failed; the data is as it was before. " + e.getMessage(), e);
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public int userVersion() throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work. Never call this on the JavaFX Application Thread. */
    public synchronized <T> T read(SqlWork<T> work) {
        ThreadGuard.requireBackgroundThread();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException("Reading your data failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs work in one write transaction: all of it is stored or none of it. A nested call joins the
     * outer transaction.
     */
    public synchronized <T> T write(SqlWork<T> work) {
        ThreadGuard.requireBackgroundThread();
        if (transactionDepth > 0) {
            transactionDepth++;
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw new StoreException("Saving failed: " + e.getMessage(), e);
            } finally {
                transactionDepth--;
            }
        }
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            transactionDepth = 1;
            T result = work.apply(connection);
            try (Statement st = connection.createStatement()) {
                st.execute("COMMIT");
            }
            transactionDepth = 0;
            runAfterCommit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            if (e instanceof StoreException se) {
                throw se;
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("Saving failed, nothing was changed: " + e.getMessage(), e);
        } finally {
            transactionDepth = 0;
        }
    }

    /**
     * Runs {@code hook} on the writing thread after each committed outermost write (sync turns captured
     * changes into journal lines there). Writes made by the hook itself do not call it again.
     */
    public synchronized void setAfterCommit(Runnable hook) {
        this.afterCommit = hook == null ? () -> { } : hook;
    }

    private void runAfterCommit() {
        if (inAfterCommit) {
            return;
        }
        inAfterCommit = true;
        try {
            afterCommit.run();
        } catch (RuntimeException e) {
            // The save itself is committed and must not look failed; what the hook left undone is retried.
        } finally {
            inAfterCommit = false;
        }
    }

    private void rollbackQuietly() {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction was open: the failure came before BEGIN took effect.
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: every committed write is already durable.
        }
    }
}
