package coregulate.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.breathing.Exercise;
import coregulate.testing.AppHarness;
import coregulate.testing.ExerciseFixtures;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class OwnPatternTest {
    @TempDir
    Path dataDir;
    final FxRobot robot = new FxRobot();

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void replace(String id, String value) {
        robot.doubleClickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(value);
    }

    @Test
    void aPartnerCreatesAPatternWithClearMessagesRunsItAndDeletesIt() throws Exception {
        ExerciseFixtures.coupleIn(dataDir, new coregulate.testing.FakeClock());
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            robot.clickOn("#nav-exercises");
            harness.settle();
            robot.clickOn("#new-pattern");
            assertTrue(robot.lookup("#pattern-save").queryButton().isDisabled(), "no name yet");
            assertEquals("Give your pattern a name.", text("#pattern-name-error"));
            robot.clickOn("#pattern-name").write("Night wind-down");
            replace("#pattern-inhale", "0");
            assertEquals("Breathing in needs more than zero seconds.", text("#pattern-inhale-error"));
            assertTrue(robot.lookup("#pattern-save").queryButton().isDisabled());
            assertFalse(text("#pattern-save-reason").isEmpty(), "the reason Save is off is shown");
            replace("#pattern-inhale", "4.1");
            assertTrue(text("#pattern-inhale-error").contains("quarter second"));
            replace("#pattern-inhale", "4.25");
            replace("#pattern-exhale", "7.5");
            assertEquals("", text("#pattern-inhale-error"));
            assertFalse(robot.lookup("#pattern-save").queryButton().isDisabled());
            robot.clickOn("#pattern-save");
            harness.settle();

            assertEquals("Night wind-down", text("#exercise-title"));
            robot.clickOn("#exercise-start");
            harness.settle();
            robot.clickOn("#before-skip");
            harness.settle();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Breathe in".equals(text("#pacer-phase")));
            assertEquals("5:00 left", text("#pacer-time-left"));
            robot.clickOn("#session-stop");
            harness.settle();
            robot.clickOn("#after-skip");
            harness.settle();

            robot.clickOn("#exercise-edit");
            harness.settle();
            assertEquals("Night wind-down", robot.lookup("#pattern-name").queryAs(TextField.class).getText());
            robot.clickOn("#pattern-delete");
            harness.settle();
            @SuppressWarnings("unchecked")
            ListView<Exercise> list = robot.lookup("#exercise-list").queryAs(ListView.class);
            assertTrue(list.isVisible());
            assertTrue(list.getItems().stream().noneMatch(e -> e.name().equals("Night wind-down")));
        }
    }
}
