package coregulate;

import coregulate.app.CommandLine;
import coregulate.app.DataFolder;
import coregulate.domain.Ticker;
import coregulate.ui.RunningApp;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: reads the command line and hands over to {@link RunningApp}. */
public final class CoregulateApp extends Application {
    private RunningApp running;

    @Override
    public void start(Stage stage) {
        var cli = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        var dataDir = DataFolder.resolveForThisMachine(cli.dataDir());
        if (cli.printStartupMs()) {
            reportStartup(stage);
        }
        running = RunningApp.start(stage, new RunningApp.Options(dataDir, Clock.systemUTC(), Ticker.system(),
                Platform::runLater, message -> System.err.println("Coregulate: " + message)));
        if (cli.printStartupMs()) {
            running.setOnMainShown(() -> Platform.runLater(() -> {
                System.out.println("startup-ms today=" + sinceJvmStart());
                if (cli.exitAfterStartup()) {
                    Platform.exit();
                }
            }));
        }
    }

    /** Start-up is counted from the JVM's own start time, the closest we can get to process start. */
    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static void reportStartup(Stage stage) {
        stage.setOnShown(e -> System.out.println("startup-ms window=" + sinceJvmStart()));
    }

    @Override
    public void stop() {
        if (running != null) {
            running.close();
        }
    }
}
