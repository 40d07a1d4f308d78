package coregulate.ui.timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.testing.AppHarness;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import coregulate.testing.Scrolling;
import coregulate.testing.Snapshots;
import coregulate.ui.shell.Page;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;

class TimeOutFlowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private final FakeClock clock = new FakeClock();

    private FxRobotInterface click(String query) {
        return Scrolling.clickOn(robot, query);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean shown(String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void replace(String id, String value) {
        var field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(field::clear);
        click(id).write(value);
    }

    private void writeAndConfirmAgreement(AppHarness harness) {
        click("#nav-time-out");
        harness.settle();
        assertTrue(text("#agreement-safety").contains("without violence or fear"));
        click("#agreement-words").write("I'm flooding, I need a pause");
        click("#agreement-gesture").write("a T with the hands");
        replace("#agreement-break", "25");
        replace("#agreement-return", "12");
        click("#agreement-first").write("walk round the park");
        click("#agreement-second").write("tea on the balcony");
        click("#agreement-restart").write("each says one thing we appreciate");
        click("#agreement-save");
        harness.settle();
        assertTrue(text("#agreement-status").contains("waiting for Sam"), text("#agreement-status"));
        click("#partner-2");
        harness.settle();
        click("#agreement-confirm");
        harness.settle();
        assertTrue(text("#agreement-status").startsWith("Version 1 is in force"), text("#agreement-status"));
    }

    @Test
    void agreeCallWithTheShortcutCountDownComeBackAndRecordHowItWent() throws Exception {
        CoupleSetup.anaAndSam(dataDir, clock);
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            writeAndConfirmAgreement(harness);

            click("#nav-today");
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            harness.settle();
            assertEquals(Page.TIME_OUT, harness.app().context().orElseThrow().navigator().currentProperty().get());
            assertTrue(text("#time-out-title").startsWith("Time-out called by Sam"), text("#time-out-title"));
            assertEquals("25:00", text("#time-out-countdown"));
            assertTrue(text("#time-out-signal").contains("I need a pause"), text("#time-out-signal"));
            assertTrue(text("#time-out-promises").contains("Ana will: walk round the park"), text("#time-out-promises"));

            clock.advance(Duration.ofMinutes(5));
            harness.settle();
            Thread.sleep(400);
            assertEquals("20:00", text("#time-out-countdown"));
            assertFalse(shown("#time-out-cancel"), "too late to take it back");
            click("#partner-1");
            click("#time-out-acknowledge");
            harness.settle();
            Snapshots.save(harness.app().stage().getScene(), "time-out-running");

            clock.advance(Duration.ofMinutes(21));
            Thread.sleep(400);
            assertEquals("Time to come back", text("#time-out-countdown"));
            click("#time-out-ready");
            harness.settle();
            assertTrue(text("#time-out-waiting").contains("Ana"));
            click("#partner-2");
            click("#time-out-ready");
            harness.settle();
            Thread.sleep(400);
            assertEquals("Back together", text("#time-out-countdown"));
            click("#time-out-outcome-4");
            click("#time-out-outcome-note").write("we listened");
            click("#time-out-outcome-save");
            harness.settle();
            assertTrue(robot.lookup("#time-out-call-big").query().isVisible(), "back to the plan");
            click("#nav-today");
            harness.settle();
            assertEquals("Promises to come back kept together: 1", text("#today-promises-kept"));
        }
    }

    @Test
    void aTimeOutSurvivesARestartAndAMistakeCanBeTakenBack() throws Exception {
        CoupleSetup.anaAndSam(dataDir, clock);
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            click("#today-call-time-out");
            harness.settle();
            assertTrue(shown("#time-out-cancel"));
            click("#time-out-cancel");
            harness.settle();
            assertTrue(text("#time-out-message").contains("Taken back") || shown("#time-out-call-big"));
            click("#time-out-call-big");
            harness.settle();
            assertEquals("20:00", text("#time-out-countdown"), "no agreement yet: a gentle 20-minute pause");
            // A second call while one runs starts nothing new.
            robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
            harness.settle();
            assertEquals("20:00", text("#time-out-countdown"));
        }
        clock.advance(Duration.ofMinutes(8));
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            harness.settle();
            assertEquals(Page.TIME_OUT, harness.app().context().orElseThrow().navigator().currentProperty().get());
            assertEquals("12:00", text("#time-out-countdown"));
        }
        clock.advance(Duration.ofMinutes(30));
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            harness.settle();
            assertEquals("Time to come back", text("#time-out-countdown"), "straight to reconvening");
        }
    }

    @Test
    void badAgreementInputIsExplained() throws Exception {
        CoupleSetup.anaAndSam(dataDir, clock);
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            click("#nav-time-out");
            harness.settle();
            click("#agreement-words").write("pause");
            replace("#agreement-break", "15");
            assertTrue(text("#agreement-problem").contains("at least 20 minutes"));
            assertTrue(robot.lookup("#agreement-save").queryButton().isDisabled());
            replace("#agreement-break", "30");
            replace("#agreement-return", "48");
            assertTrue(text("#agreement-problem").contains("1 to 24 hours"));
            replace("#agreement-return", "soon");
            assertTrue(text("#agreement-problem").contains("whole number of hours"));
            replace("#agreement-return", "24");
            assertEquals("", text("#agreement-problem"));
            click("#agreement-save");
            harness.settle();
            assertTrue(text("#agreement-status").contains("waiting for Sam"));
            assertFalse(shown("#agreement-confirm"), "Ana has already confirmed her own version");
        }
    }
}
