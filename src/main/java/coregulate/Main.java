package coregulate;

import coregulate.app.AppInfo;
import coregulate.app.CommandLine;
import coregulate.app.DataFolder;
import coregulate.app.HeadlessTasks;
import coregulate.app.SqliteNativeCache;
import coregulate.exchange.BackupService;
import coregulate.app.Store;
import coregulate.domain.Ticker;
import coregulate.exchange.demo.DemoFolder;
import coregulate.ui.RunningApp;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The launcher. It does not extend Application, so the app also starts from a plain classpath; --help and
 * --version answer without opening a window; and the data store starts opening while JavaFX starts up, so
 * that Today shows sooner. SQLite's native library comes from the cache folder rather than being copied out
 * of its jar again at every start.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var cli = CommandLine.parse(args);
        if (!cli.errors().isEmpty()) {
            cli.errors().forEach(e -> System.err.println("coregulate: " + e));
            System.err.println("Run with --help to see the options.");
            System.exit(2);
        }
        if (cli.help()) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        if (cli.version()) {
            System.out.println(AppInfo.NAME + " " + AppInfo.version());
            return;
        }
        Path chosen = DataFolder.resolveForThisMachine(cli.dataDir());
        if (cli.headlessTask()) {
            SqliteNativeCache.useCacheFolder();
            System.exit(HeadlessTasks.run(cli, chosen, Clock.systemDefaultZone(), System.out, System.err));
        }
        try {
            if (BackupService.restoreIfScheduled(chosen, Clock.systemUTC())) {
                System.out.println("Coregulate: restored the chosen backup; the data it replaced was kept beside it.");
            }
        } catch (RuntimeException e) {
            System.err.println("Coregulate: " + e.getMessage());
        }
        Path dataDir = cli.demo() ? DemoFolder.besides(chosen) : chosen;
        var opening = CompletableFuture.supplyAsync(() -> {
            // Before the first connection: sqlite-jdbc then loads its library from the cache, not a fresh copy.
            SqliteNativeCache.useCacheFolder();
            return cli.demo() ? DemoFolder.openFilled(dataDir, Clock.systemDefaultZone()) : Store.open(dataDir);
        });
        Platform.startup(() -> startWindow(cli, dataDir, () -> awaitStore(opening)));
    }

    private static Store awaitStore(CompletableFuture<Store> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void startWindow(CommandLine cli, Path dataDir, Supplier<Store> store) {
        var stage = new Stage();
        if (cli.printStartupMs()) {
            stage.setOnShown(e -> System.out.println("startup-ms window=" + sinceStart()));
        }
        var running = RunningApp.start(stage, new RunningApp.Options(dataDir, Clock.systemDefaultZone(), Ticker.system(),
                Platform::runLater, message -> System.err.println("Coregulate: " + message), store, null,
                RunningApp.SyncTuning.SHIPPED));
        stage.setOnHidden(e -> running.close());
        if (cli.printStartupMs()) {
            // Today's cards read their data on the database thread; a no-op queued behind those reads comes back
            // to the JavaFX thread after their results, so "today" means Today showing its data.
            running.setOnMainShown(() -> running.tasks().run(() -> { }, () -> {
                System.out.println("startup-ms today=" + sinceStart());
                if (cli.exitAfterStartup()) {
                    stage.hide();
                }
            }, e -> { }));
        }
    }

    /**
     * Start-up is counted from the moment in COREGULATE_STARTED_AT_MS (milliseconds since the epoch) when
     * whoever started the process passed one in, as the start-up benchmark does so that a launcher script's own
     * time counts too; otherwise from the JVM's own start time, the closest the app itself can get.
     */
    private static long sinceStart() {
        long origin = ManagementFactory.getRuntimeMXBean().getStartTime();
        String passed = System.getenv("COREGULATE_STARTED_AT_MS");
        if (passed != null) {
            try {
                long at = Long.parseLong(passed.strip());
                if (at > 0 && at <= origin) {
                    origin = at;
                }
            } catch (NumberFormatException e) {
                // Not a time: count from the JVM's start as usual.
            }
        }
        return System.currentTimeMillis() - origin;
    }
}
