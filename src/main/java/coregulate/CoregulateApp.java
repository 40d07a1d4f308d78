package coregulate;

import coregulate.app.CommandLine;
import coregulate.app.DataFolder;
import coregulate.domain.Ticker;
import coregulate.ui.RunningApp;
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
        running = RunningApp.start(stage, new RunningApp.Options(dataDir, Clock.systemUTC(), Ticker.system(),
                Platform::runLater, message -> System.err.println("Coregulate: " + message)));
    }

    @Override
    public void stop() {
        if (running != null) {
            running.close();
        }
    }
}
