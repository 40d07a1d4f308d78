package coregulate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.storage.settings.SettingsRepository;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ThreadGuardTest {
    @TempDir
    Path dir;

    @Test
    void aRepositoryCalledOnTheFxThreadFailsLoudly() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (var db = Database.open(dir.resolve("c.db"))) {
            var repo = new SettingsRepository(db);
            var outcome = new CompletableFuture<Throwable>();
            Platform.runLater(() -> {
                try {
                    repo.get("app", "theme");
                    outcome.complete(null);
                } catch (Throwable e) {
                    outcome.complete(e);
                }
            });
            Throwable e = outcome.get(10, TimeUnit.SECONDS);
            assertTrue(e instanceof IllegalStateException, "expected the guard to refuse, got " + e);
            assertTrue(e.getMessage().contains("JavaFX Application Thread"));
            // The same call off the FX thread is fine.
            assertEquals(java.util.Optional.empty(), repo.get("app", "theme"));
        }
    }
}
