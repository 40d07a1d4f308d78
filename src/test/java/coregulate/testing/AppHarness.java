package coregulate.testing;

import coregulate.ui.RunningApp;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app on a test's own data folder and clocks, on TestFX's headless stage, and waits until
 * background work has come back to the screen.
 */
public final class AppHarness implements AutoCloseable {
    private final Path dataDir;
    private final FakeClock clock;
    private final FakeTicker ticker;
    private final List<String> startupProblems = new ArrayList<>();
    private RunningApp app;
    private Path reportFile;
    private RunningApp.SyncTuning sync = new RunningApp.SyncTuning(coregulate.sync.KdfParams.FAST_FOR_TESTS,
            java.time.Duration.ofMillis(300));
    private boolean ownStage;

    public AppHarness(Path dataDir, FakeClock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.ticker = new FakeTicker(clock);
    }

    public AppHarness(Path dataDir) {
        this(dataDir, new FakeClock());
    }

    public RunningApp start() throws Exception {
        Stage stage = ownStage ? FxToolkit.registerStage(Stage::new) : FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            var options = new RunningApp.Options(dataDir, clock, ticker, Platform::runLater, startupProblems::add)
                    .withSync(sync);
            app = RunningApp.start(stage, reportFile == null ? options : options.withReportFile(() -> reportFile));
        }).get(20, TimeUnit.SECONDS);
        settle();
        // A person's window is in front and has the keyboard; earlier tests' windows must not keep it.
        WaitForAsyncUtils.asyncFx(() -> {
            stage.toFront();
            stage.requestFocus();
        }).get(20, TimeUnit.SECONDS);
        settle();
        return app;
    }

    /** Waits for background tasks and the FX events they post, twice, since one may start another. */
    public void settle() {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (app != null) {
                app.tasks().awaitIdle();
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Runs this app in a window of its own, beside another harness's app (two computers in one test). */
    public AppHarness onOwnStage() {
        this.ownStage = true;
        return this;
    }

    /** Where "save a report" writes, instead of asking with a file chooser. */
    public AppHarness withReportFile(Path file) {
        this.reportFile = file;
        return this;
    }

    public RunningApp app() {
        return app;
    }

    public FakeClock clock() {
        return clock;
    }

    public FakeTicker ticker() {
        return ticker;
    }

    public List<String> startupProblems() {
        return startupProblems;
    }

    /** Closes the app as a person would (the window's close), releasing its data folder. */
    @Override
    public void close() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(() -> {
                app.close();
                if (ownStage) {
                    // A second window left open would sit over the next test's window.
                    app.stage().hide();
                }
            }).get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            app = null;
        }
    }
}
