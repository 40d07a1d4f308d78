package coregulate.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: a bare JavaFX window with one label, timed the same way as the app (from
 * COREGULATE_STARTED_AT_MS when the benchmark passes it, else from the JVM's start). Like the app's launcher,
 * the main class does not extend Application, so it starts from a plain classpath.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 400, 300));
            stage.setOnShown(e -> {
                long origin = ManagementFactory.getRuntimeMXBean().getStartTime();
                String passed = System.getenv("COREGULATE_STARTED_AT_MS");
                if (passed != null) {
                    origin = Math.min(origin, Long.parseLong(passed));
                }
                long ms = System.currentTimeMillis() - origin;
                System.out.println("startup-ms window=" + ms);
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
