package coregulate.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure only one running Coregulate owns a data folder. The operating system releases the lock when
 * the process ends, even after a crash, so no stale lock file can block the next start.
 */
public final class InstanceLock implements AutoCloseable {
    public static final String FILE_NAME = "coregulate.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Coregulate cannot write to its data folder " + dataDir
                    + ". Check that the folder exists and that you may write to it.", e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                throw new AlreadyRunningException(dataDir);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new AlreadyRunningException(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Coregulate could not lock its data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing was locked through this channel.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS drops the lock with the process in any case.
        }
    }

    /** Another Coregulate already has this data folder open. */
    public static final class AlreadyRunningException extends StoreException {
        public AlreadyRunningException(Path dataDir) {
            super("Coregulate is already open with this data folder (" + dataDir + "). "
                    + "Switch to that window; this one will close without changing anything.");
        }
    }
}
