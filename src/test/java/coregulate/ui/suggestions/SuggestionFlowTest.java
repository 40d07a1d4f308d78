package coregulate.ui.suggestions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.testing.AppHarness;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import coregulate.testing.Scrolling;
import coregulate.testing.Snapshots;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SuggestionFlowTest {
    @TempDir
    Path dataDir;

    @Test
    void fromACheckInToASuggestionToThePacer() throws Exception {
        var clock = new FakeClock();
        CoupleSetup.anaAndSam(dataDir, clock);
        var robot = new FxRobot();
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            robot.clickOn("#nav-check-in");
            harness.settle();
            Scrolling.clickOn(robot, "#arousal-3");
            Scrolling.clickOn(robot, "#signal-racing-heart");
            Scrolling.clickOn(robot, "#save-checkin");
            harness.settle();
            Node panel = robot.lookup("#checkin-suggestions").query();
            assertTrue(panel.isVisible(), "suggestions appear right after saving");
            var reasons = robot.lookup("#checkin-suggestions .suggestion-reason").queryAllAs(Label.class);
            assertTrue(reasons.size() >= 2, "two or three suggestions");
            assertTrue(reasons.iterator().next().getText().contains("+3")
                    || reasons.iterator().next().getText().contains("racing heart"), reasons.iterator().next().getText());
            Snapshots.save(harness.app().stage().getScene(), "checkin-suggestions");

            Scrolling.clickOn(robot, "#checkin-suggestions .suggestion-start");
            harness.settle();
            Scrolling.clickOn(robot, "#before-plus-3");
            harness.settle();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pacer-phase").tryQuery()
                    .map(n -> ((Label) n).getText().startsWith("Breathe")).orElse(false));
            assertEquals("Ana", robot.lookup("#pacer-names").queryAs(Label.class).getText());
        }
    }

    @Test
    void veryHighDistressWithANoteShowsCrisisContactsFirst() throws Exception {
        var clock = new FakeClock();
        CoupleSetup.anaAndSam(dataDir, clock);
        var robot = new FxRobot();
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            robot.clickOn("#nav-check-in");
            harness.settle();
            Scrolling.clickOn(robot, "#arousal-m5");
            Scrolling.clickOn(robot, "#note").write("I can't feel anything");
            Scrolling.clickOn(robot, "#save-checkin");
            harness.settle();
            var crisis = robot.lookup("#checkin-suggestions .suggestion-crisis").query();
            assertTrue(crisis.isVisible());
            assertTrue(robot.lookup("Emergency services (EU): 112  (checked 2026-11)").tryQuery().isPresent());
            robot.clickOn("#nav-today");
            harness.settle();
            assertTrue(robot.lookup("#today-suggestions .suggestion-crisis").tryQuery().isPresent(),
                    "Today shows the same care");
        }
    }
}
