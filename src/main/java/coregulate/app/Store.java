package coregulate.app;

import coregulate.storage.Database;
import coregulate.storage.InstanceLock;
import coregulate.storage.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An opened data folder: its lock, so no second app may use it, and its migrated database. */
public final class Store implements AutoCloseable {
    private final Path dataDir;
    private final InstanceLock lock;
    private final Database database;

    private Store(Path dataDir, InstanceLock lock, Database database) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.database = database;
    }

    /** Opens a data folder, creating it if needed. Throws {@link StoreException} with a plain message. */
    public static Store open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Coregulate cannot create its data folder " + dataDir
                    + ". Check the path, or choose another with --data-dir.", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("Coregulate cannot write to its data folder " + dataDir
                    + ". Check its permissions, or choose another with --data-dir.");
        }
        InstanceLock lock = InstanceLock.acquire(dataDir);
        try {
            return new Store(dataDir, lock, Database.open(dataDir.resolve(Database.FILE_NAME)));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
