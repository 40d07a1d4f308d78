package coregulate.sync;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Calls {@code onChange} when the couple folder may hold new lines: on directory events (fast path) and on
 * a periodic rescan (sync tools write by rename and some file systems send no events). Problems with the
 * folder are reported through {@code onStatus}; nothing here throws into the caller.
 */
public final class FolderWatcher implements AutoCloseable {
    private final Path root;
    private final ScheduledExecutorService scheduler;
    private final Runnable onChange;
    private final Consumer<String> onStatus;
    private ScheduledFuture<?> rescan;
    private ScheduledFuture<?> watchPoll;
    private WatchService watch;

    public FolderWatcher(Path root, ScheduledExecutorService scheduler, Runnable onChange, Consumer<String> onStatus) {
        this.root = root;
        this.scheduler = scheduler;
        this.onChange = onChange;
        this.onStatus = onStatus;
    }

    public synchronized void start(long rescanMillis) {
        rescan = scheduler.scheduleWithFixedDelay(this::rescan, rescanMillis, rescanMillis, TimeUnit.MILLISECONDS);
        watchPoll = scheduler.scheduleWithFixedDelay(this::drainEvents, 100, 100, TimeUnit.MILLISECONDS);
    }

    private void rescan() {
        if (!Files.isDirectory(root)) {
            onStatus.accept("The shared folder is not reachable right now; Coregulate will keep trying.");
            return;
        }
        registerAll();
        safely(onChange);
    }

    private synchronized void registerAll() {
        try {
            if (watch == null) {
                watch = FileSystems.getDefault().newWatchService();
            }
            root.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path d : (Iterable<Path>) dirs::iterator) {
                    if (Files.isDirectory(d)) {
                        d.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // The periodic rescan still works without events.
        }
    }

    private void drainEvents() {
        WatchService w;
        synchronized (this) {
            w = watch;
        }
        if (w == null) {
            return;
        }
        boolean any = false;
        try {
            WatchKey key;
            while ((key = w.poll()) != null) {
                any |= !key.pollEvents().isEmpty();
                key.reset();
            }
        } catch (ClosedWatchServiceException e) {
            return;
        }
        if (any) {
            registerAll();
            safely(onChange);
        }
    }

    private void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            onStatus.accept("Reading the shared folder failed for now (" + e.getClass().getSimpleName()
                    + "); Coregulate will try again.");
        }
    }

    @Override
    public synchronized void close() {
        if (rescan != null) {
            rescan.cancel(false);
            watchPoll.cancel(false);
        }
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (IOException e) {
            // closing is best effort
        }
    }
}
