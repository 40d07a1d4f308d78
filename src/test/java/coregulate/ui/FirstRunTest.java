package coregulate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.testing.AppHarness;
import coregulate.testing.Snapshots;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class FirstRunTest {
    @TempDir
    Path dataDir;

    @Test
    void setUpByTypingThenRestartKeepsBothPartnersAndTheTheme() throws Exception {
        var robot = new FxRobot();
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            Button start = robot.lookup("#welcome-start").queryButton();
            assertTrue(start.isDisabled(), "cannot start without names");
            robot.clickOn("#first-name").write("Ana");
            robot.clickOn("#first-pronouns").write("she/her");
            robot.clickOn("#second-name");
            assertTrue(robot.lookup("#welcome-why").queryAs(Label.class).getText().contains("Second partner"));
            robot.write("Sam 🌊");
            Snapshots.save(harness.app().stage().getScene(), "welcome");
            robot.clickOn("#welcome-start");
            harness.settle();

            assertEquals("Hello, Ana", robot.lookup("#today-greeting").queryAs(Label.class).getText());
            robot.clickOn("#partner-2");
            assertEquals("Hello, Sam 🌊", robot.lookup("#today-greeting").queryAs(Label.class).getText());
            robot.clickOn("#theme-toggle");
            harness.settle();
            assertTrue(harness.app().state().darkThemeProperty().get());
            robot.clickOn("#nav-insights");
            assertFalse(robot.lookup("Coming soon: this area is still being built.").queryAll().isEmpty()
                    && robot.lookup("#nav-insights").queryAs(ToggleButton.class).isSelected() == false);
            Snapshots.save(harness.app().stage().getScene(), "main-dark");
        }
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            assertTrue(robot.lookup("#welcome-start").queryAll().isEmpty(), "no welcome the second time");
            assertEquals("Ana", robot.lookup("#partner-1").queryAs(ToggleButton.class).getText());
            assertEquals("Sam 🌊", robot.lookup("#partner-2").queryAs(ToggleButton.class).getText());
            assertTrue(robot.lookup("#partner-2").queryAs(ToggleButton.class).isSelected(), "last partner remembered");
            assertTrue(harness.app().state().darkThemeProperty().get(), "dark theme remembered");
            assertTrue(harness.app().stage().getTitle().contains("Ana & Sam"));
        }
    }

    @Test
    void nameTooLongIsExplainedAndNothingIsSaved() throws Exception {
        var robot = new FxRobot();
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            // Pasted, as a person would with a name that long.
            robot.interact(() -> {
                var content = new javafx.scene.input.ClipboardContent();
                content.putString("😀".repeat(200));
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            });
            robot.clickOn("#first-name").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.V)
                    .release(javafx.scene.input.KeyCode.V, javafx.scene.input.KeyCode.CONTROL);
            robot.clickOn("#second-name").write("Sam");
            assertTrue(robot.lookup("#first-name-error").queryAs(Label.class).getText().contains("200 characters"));
            assertTrue(robot.lookup("#welcome-start").queryButton().isDisabled());
            robot.clickOn("#welcome-start");
            harness.settle();
        }
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            assertFalse(robot.lookup("#welcome-start").queryAll().isEmpty(), "still the welcome: nothing was saved");
        }
    }

    @Test
    void aSecondWindowOnTheSameFolderSaysSoAndChangesNothing() throws Exception {
        var robot = new FxRobot();
        try (var first = coregulate.app.Store.open(dataDir); var harness = new AppHarness(dataDir)) {
            harness.start();
            String text = robot.lookup("#startup-problem").queryAs(Label.class).getText();
            assertTrue(text.contains("already open"), text);
            assertEquals(1, harness.startupProblems().size());
        }
    }
}
