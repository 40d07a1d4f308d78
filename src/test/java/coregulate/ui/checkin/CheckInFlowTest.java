package coregulate.ui.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.Trigger;
import coregulate.testing.AppHarness;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import coregulate.testing.Scrolling;
import coregulate.testing.Snapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class CheckInFlowTest {
    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private final FakeClock clock = new FakeClock();
    private AppHarness harness;

    @BeforeEach
    void start() throws Exception {
        CoupleSetup.anaAndSam(dataDir, clock);
        harness = new AppHarness(dataDir, clock);
        harness.start();
        click("#nav-check-in");
        harness.settle();
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private org.testfx.api.FxRobotInterface click(String query) {
        return Scrolling.clickOn(robot, query);
    }

    @SuppressWarnings("unchecked")
    private ListView<CheckIn> history() {
        return robot.lookup("#history-list").queryAs(ListView.class);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aCheckInWithTheKeyboardAlone() throws Exception {
        // The scale has the focus when the page opens: a number picks a level, Enter saves.
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#arousal-scale").query().isFocused()
                        && robot.lookup("#arousal-scale").query().getScene().getWindow().isFocused());
        robot.type(KeyCode.DIGIT3);
        assertTrue(text("#arousal-picked").startsWith("+3 · Activated"), text("#arousal-picked"));
        robot.type(KeyCode.UP);
        assertTrue(text("#arousal-picked").startsWith("+4"));
        robot.type(KeyCode.ENTER);
        harness.settle();
        assertEquals("Saved. Thank you for checking in.", text("#checkin-result"));
        assertEquals(1, history().getItems().size());
        assertEquals(4, history().getItems().get(0).arousal());
        clock.advance(java.time.Duration.ofMinutes(10));
        robot.type(KeyCode.MINUS).type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        harness.settle();
        assertEquals(-2, history().getItems().get(0).arousal());
        click("#nav-today");
        harness.settle();
        assertTrue(text("#today-latest-checkin").contains("-2 · Shut down"), text("#today-latest-checkin"));
    }

    @Test
    void aCheckInWithTheMouseShowsFloodingAndLeadsToATrigger() throws Exception {
        click("#arousal-4");
        click("#signal-racing-heart");
        click("#emotion-angry");
        click("#pulse").write("104");
        assertTrue(robot.lookup("#flooding-mark").queryAs(Label.class).isVisible());
        click("#connection-2");
        Snapshots.save(harness.app().stage().getScene(), "checkin-form");
        click("#save-checkin");
        harness.settle();
        var saved = history().getItems().get(0);
        assertEquals(104, saved.pulse());
        assertEquals(2, saved.connection());
        assertTrue(robot.lookup("Possible flooding").tryQuery().isPresent(), "history marks flooding");

        click("#log-trigger-from-checkin");
        harness.settle();
        assertTrue(text("#trigger-linked").startsWith("Linked to your check-in"));
        click("#trigger-title").write("Comment about the dishes");
        click("#trigger-category").clickOn("Chores");
        click("#trigger-reaction").clickOn("Fight (pushed back, raised my voice)");
        click("#trigger-helped").write("A walk round the block");
        click("#trigger-save");
        harness.settle();
        @SuppressWarnings("unchecked")
        ListView<Trigger> triggers = robot.lookup("#trigger-list").queryAs(ListView.class);
        assertEquals(1, triggers.getItems().size());
        assertEquals(saved.meta().id(), triggers.getItems().get(0).checkInId());
        Snapshots.save(harness.app().stage().getScene(), "triggers");

        click(".trigger-edit");
        var title = robot.lookup("#trigger-title").queryAs(TextField.class);
        robot.interact(title::clear);
        click("#trigger-title").write("The dishes, again");
        click("#trigger-save");
        harness.settle();
        assertEquals(1, triggers.getItems().size());
        assertEquals("The dishes, again", triggers.getItems().get(0).title());
        click(".trigger-delete");
        harness.settle();
        assertTrue(triggers.getItems().isEmpty());
        click("#trigger-undo");
        harness.settle();
        assertEquals("The dishes, again", triggers.getItems().get(0).title());
    }

    @Test
    void myOwnWordsAreOfferedAgainNextTime() throws Exception {
        click("#arousal-2");
        click("#custom-signal-field").write("cold hands");
        click("#custom-signal-add");
        assertEquals("cold hands", text("#custom-signal-list"));
        click("#save-checkin");
        harness.settle();
        assertEquals(List.of("cold hands"), history().getItems().get(0).customSignals());
        var offered = robot.lookup(".known-signal").queryAllAs(javafx.scene.control.CheckBox.class);
        assertEquals(1, offered.size());
        click(".known-signal");
        click("#arousal-1");
        click("#save-checkin");
        harness.settle();
        assertEquals(List.of("cold hands"), history().getItems().get(0).customSignals());
        click("#partner-2");
        harness.settle();
        assertTrue(robot.lookup(".known-signal").queryAll().isEmpty(), "Sam's own words are his own");
    }

    @Test
    void editThenDeleteWithUndo() throws Exception {
        click("#arousal-2"); click("#save-checkin");
        harness.settle();
        Snapshots.save(harness.app().stage().getScene(), "checkin-before-edit");
        click(".history-edit");
        assertTrue(text("#checkin-result").startsWith("Changing your check-in"), text("#checkin-result"));
        click("#arousal-m3");
        assertTrue(text("#checkin-result").startsWith("Changing your check-in"), "after scale " + text("#checkin-result"));
        click("#note").write("felt it drain away");
        click("#save-checkin");
        harness.settle();
        assertEquals(1, history().getItems().size());
        assertEquals(-3, history().getItems().get(0).arousal());
        assertEquals("felt it drain away", history().getItems().get(0).note());

        click(".history-delete");
        harness.settle();
        assertTrue(history().getItems().isEmpty());
        click("#history-undo");
        harness.settle();
        assertEquals(1, history().getItems().size());
    }

    @Test
    void theOtherPartnerSeesOnlyWhatIsShared() throws Exception {
        click("#arousal-5"); click("#note").write("only for me"); click("#save-checkin");
        harness.settle();
        click("#arousal-1"); click("#note").write("for both of us"); click("#share"); click("#save-checkin");
        harness.settle();
        assertEquals(2, history().getItems().size());

        click("#partner-2");
        harness.settle();
        assertEquals(1, history().getItems().size());
        assertEquals("for both of us", history().getItems().get(0).note());
        assertTrue(robot.lookup("only for me").tryQuery().isEmpty());
        assertTrue(robot.lookup(".history-edit").tryQuery().isEmpty(), "cannot edit the partner's entry");
    }

    @Test
    void badInputIsExplainedAndNothingIsSaved() throws Exception {
        Button save = robot.lookup("#save-checkin").queryButton();
        assertTrue(save.isDisabled());
        assertTrue(text("#save-why").contains("Pick where you are"));
        click("#arousal-0");
        Map<String, String[]> cases = Map.of(
                "#pulse", new String[] {"abc", "#pulse-error", "whole number"},
                "#hrv", new String[] {"2", "#hrv-error", "5 to 250"},
                "#sleep", new String[] {"20", "#sleep-error", "0 to 16"});
        for (var c : cases.entrySet()) {
            click(c.getKey()).write(c.getValue()[0]);
            assertTrue(text(c.getValue()[1]).contains(c.getValue()[2]), text(c.getValue()[1]));
            assertTrue(save.isDisabled());
            assertTrue(text("#save-why").contains("Please fix"), text("#save-why"));
            var field = robot.lookup(c.getKey()).queryAs(TextField.class);
            robot.interact(field::clear);
        }
        click("#pulse").write("300");
        assertTrue(text("#pulse-error").contains("between 30 and 220"));
        robot.interact(robot.lookup("#pulse").queryAs(TextField.class)::clear);

        String huge = "a".repeat(100_000);
        robot.interact(() -> {
            var content = new ClipboardContent();
            content.putString(huge);
            Clipboard.getSystemClipboard().setContent(content);
        });
        click("#note").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertTrue(text("#note-error").contains("100000 characters"), text("#note-error"));
        assertTrue(save.isDisabled());
        robot.type(KeyCode.ENTER);
        harness.settle();
        assertTrue(history().getItems().isEmpty(), "nothing half-saved");

        var note = robot.lookup("#note").queryAs(TextArea.class);
        robot.interact(note::clear);
        click("#note").write("مرحبا 🌊 שלום");
        click("#save-checkin");
        harness.settle();
        assertEquals("مرحبا 🌊 שלום", history().getItems().get(0).note());
        assertTrue(robot.lookup("مرحبا 🌊 שלום").tryQuery().isPresent(), "shown intact in the history");
        @SuppressWarnings("unchecked")
        ComboBox<Object> unused = robot.lookup("#history-whose").queryAs(ComboBox.class);
        assertFalse(unused.getItems().isEmpty());
    }
}
