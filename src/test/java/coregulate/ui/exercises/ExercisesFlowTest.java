package coregulate.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.breathing.Exercise;
import coregulate.service.SessionService;
import coregulate.storage.exercise.ExerciseRepository;
import coregulate.testing.AppHarness;
import coregulate.testing.ExerciseFixtures;
import coregulate.testing.Snapshots;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ExercisesFlowTest {
    @TempDir
    Path dataDir;
    final FxRobot robot = new FxRobot();

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Waits until the pacer's next frame shows what is expected (frames come from the animation pulse). */
    private void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.get());
    }

    @SuppressWarnings("unchecked")
    private ListView<Exercise> list() {
        return robot.lookup("#exercise-list").queryAs(ListView.class);
    }

    @Test
    void findByStateStartPauseWithSpaceFinishAndSeeTheAverageChange() throws Exception {
        var couple = ExerciseFixtures.coupleIn(dataDir, new coregulate.testing.FakeClock());
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            robot.clickOn("#nav-exercises");
            harness.settle();

            robot.clickOn("#filter-state").clickOn("For: shut down");
            harness.settle();
            var names = list().getItems().stream().map(Exercise::id).toList();
            assertTrue(names.contains("shake-out") && names.contains("humming-voo"), names.toString());
            assertFalse(names.contains("box-breathing"), "breath holds are not offered for shutdown");

            robot.clickOn("#filter-state").clickOn("For: activated");
            robot.clickOn("#filter-search").write("box");
            harness.settle();
            assertEquals(1, list().getItems().size());
            robot.clickOn("Box breathing");
            harness.settle();
            assertEquals("Box breathing", text("#exercise-title"));
            assertTrue(text("#exercise-effect").startsWith("No rated sessions yet"));

            robot.clickOn("#exercise-start");
            harness.settle();
            robot.clickOn("#session-cancel");
            harness.settle();
            assertTrue(robot.lookup("#exercise-start").query().isVisible(), "'Not now' goes back to the page");
            robot.clickOn("#exercise-start");
            harness.settle();
            assertEquals("Breathe together with Sam: one pacer for you both",
                    robot.lookup("#session-together").queryAs(javafx.scene.control.CheckBox.class).getText());
            Snapshots.save(harness.app().stage().getScene(), "exercises-before-rating");
            robot.clickOn("#before-plus-4");
            harness.settle();
            waitUntil(() -> "Breathe in".equals(text("#pacer-phase")));
            assertEquals("4", text("#pacer-count"));
            assertEquals("4:00 left", text("#pacer-time-left"));
            assertEquals("Ana", text("#pacer-names"));

            harness.clock().advance(Duration.ofMillis(4500));
            waitUntil(() -> "Hold".equals(text("#pacer-phase")));
            assertEquals("4", text("#pacer-count"));
            Snapshots.save(harness.app().stage().getScene(), "exercises-pacer");

            robot.type(KeyCode.SPACE);
            waitUntil(() -> "Paused".equals(text("#pacer-phase")));
            assertEquals("Resume (Space)", robot.lookup("#session-pause").queryButton().getText());
            harness.clock().advance(Duration.ofMinutes(2));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("3:56 left", text("#pacer-time-left"), "no time passes while paused");
            robot.type(KeyCode.SPACE);
            waitUntil(() -> "Hold".equals(text("#pacer-phase")));
            harness.clock().advance(Duration.ofMillis(3500));
            waitUntil(() -> "Breathe out".equals(text("#pacer-phase")));

            harness.clock().advance(Duration.ofMinutes(4));
            waitUntil(() -> robot.lookup("#after-plus-1").tryQuery().map(n -> n.isVisible()).orElse(false));
            robot.clickOn("#after-plus-1");
            harness.settle();

            assertEquals("Box breathing", text("#exercise-title"), "back on the exercise's page");
            assertEquals("On average your rating went down by 3.0 (1 rated session).", text("#exercise-effect"));
        }
        try (var store = Store.open(dataDir)) {
            var sessions = new SessionService(new ExerciseRepository(store.database()), java.time.Clock.systemUTC(),
                    java.util.UUID.randomUUID()).sessions(couple.first().id());
            assertEquals(1, sessions.size());
            assertTrue(sessions.get(0).completed());
            assertEquals(240, sessions.get(0).durationSeconds(), "the full four minutes, pauses not counted");
        }
    }

    @Test
    void ctrlBStartsBreathingAtOnceAndASecondPacerIsRefused() throws Exception {
        ExerciseFixtures.coupleIn(dataDir, new coregulate.testing.FakeClock());
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
            harness.settle();
            waitUntil(() -> robot.lookup("#pacer-phase").tryQuery().map(n -> "Breathe in".equals(((Label) n).getText())
                    && n.isVisible()).orElse(false));
            assertEquals("Resonance breathing", text("#session-title"), "the default when there is no favourite");
            assertEquals("5:00 left", text("#pacer-time-left"));

            robot.clickOn("#session-reduced-motion");
            harness.settle();
            assertTrue(robot.lookup("#pacer-progress").query().isVisible(), "a steady bar instead of the shape");
            Snapshots.save(harness.app().stage().getScene(), "exercises-pacer-reduced-motion");

            robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
            harness.settle();
            assertTrue(robot.lookup("#session-stop").query().isVisible(), "the same session carries on");
            assertEquals("5:00 left", text("#pacer-time-left"), "not restarted");
            robot.clickOn("#session-stop");
            harness.settle();
            robot.clickOn("#after-skip");
            harness.settle();
            assertEquals("Resonance breathing", text("#exercise-title"));
            assertTrue(text("#exercise-effect").startsWith("No rated sessions yet"), "a skipped rating has no change");
        }
    }

    @Test
    void paceIsKeptWithinSafeBoundsAndRememberedForThatPartner() throws Exception {
        ExerciseFixtures.coupleIn(dataDir, new coregulate.testing.FakeClock());
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            robot.clickOn("#nav-exercises");
            harness.settle();
            Snapshots.save(harness.app().stage().getScene(), "exercises-library");
            robot.clickOn("Resonance breathing");
            harness.settle();
            var pace = robot.lookup("#pace-field").queryAs(javafx.scene.control.TextField.class);
            assertEquals("5.5", pace.getText());
            robot.doubleClickOn("#pace-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
            robot.write("9").type(KeyCode.ENTER);
            harness.settle();
            assertEquals("Choose a pace from 4.5 to 7 breaths a minute.", text("#pace-error"));
            for (int i = 0; i < 6; i++) {
                robot.clickOn("#pace-slower");
            }
            harness.settle();
            assertEquals("", text("#pace-error"));
            assertEquals("4.5", pace.getText(), "slower stops at the safe lower bound");
            Snapshots.save(harness.app().stage().getScene(), "exercises-page");
            robot.clickOn("#partner-2");
            harness.settle();
            robot.clickOn("#exercise-back").clickOn("Resonance breathing");
            harness.settle();
            assertEquals("5.5", pace.getText(), "Sam has the exercise's own pace");
        }
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            robot.clickOn("#partner-1");
            robot.clickOn("#nav-exercises");
            harness.settle();
            robot.clickOn("Resonance breathing");
            harness.settle();
            assertEquals("4.5", robot.lookup("#pace-field").queryAs(javafx.scene.control.TextField.class).getText(),
                    "Ana's pace is remembered");
            robot.clickOn("#exercise-start");
            harness.settle();
            robot.clickOn("#before-0");
            harness.settle();
            waitUntil(() -> "Breathe in".equals(text("#pacer-phase")));
            assertEquals("7", text("#pacer-count"), "4.5 breaths a minute: about 6.7 s in");
        }
    }

    @Test
    void ctrlBStartsTheFavouriteAndTwoPartnersCanBreatheTogether() throws Exception {
        ExerciseFixtures.coupleIn(dataDir, new coregulate.testing.FakeClock());
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            robot.clickOn("#nav-exercises");
            harness.settle();
            robot.clickOn("Cyclic sighing");
            harness.settle();
            robot.clickOn("#exercise-favourite");
            harness.settle();
            assertEquals("★ A favourite (remove)", robot.lookup("#exercise-favourite").queryButton().getText());
            robot.clickOn("#nav-today");
            harness.settle();
            robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
            harness.settle();
            waitUntil(() -> robot.lookup("#session-title").tryQuery().map(n -> n.isVisible()
                    && "Cyclic sighing".equals(((Label) n).getText())).orElse(false));
            assertEquals("Breathe in", text("#pacer-phase"), "the first cue shows at once, no rating first");
            robot.clickOn("#session-stop");
            harness.settle();
            robot.clickOn("#after-skip");
            harness.settle();

            robot.clickOn("#exercise-back");
            robot.clickOn("#filter-category").clickOn("Together");
            harness.settle();
            robot.clickOn("Breathing in sync");
            harness.settle();
            robot.clickOn("#exercise-start");
            harness.settle();
            assertTrue(robot.lookup("#session-together").queryAs(javafx.scene.control.CheckBox.class).isSelected(),
                    "a together exercise starts for both");
            robot.clickOn("#before-plus-2");
            harness.settle();
            waitUntil(() -> "Ana & Sam".equals(text("#pacer-names")));
            Snapshots.save(harness.app().stage().getScene(), "exercises-pacer-together");
        }
    }

    @Test
    void startingASecondSessionWhileOneRunsIsRefusedWithAMessage() throws Exception {
        ExerciseFixtures.coupleIn(dataDir, new coregulate.testing.FakeClock());
        try (var harness = new AppHarness(dataDir)) {
            harness.start();
            robot.clickOn("#breathe-now");
            harness.settle();
            waitUntil(() -> robot.lookup("#session-stop").tryQuery().map(n -> n.isVisible()).orElse(false));
            var launcher = (ExercisesFeature) harness.app().features().orElseThrow().forPage(coregulate.ui.shell.Page.EXERCISES);
            WaitForAsyncUtils.asyncFx(() -> launcher.open("box-breathing")).get(5, TimeUnit.SECONDS);
            harness.settle();
            robot.clickOn("#exercise-start");
            harness.settle();
            assertEquals(SessionViewModel.ALREADY_RUNNING, text("#exercise-message"));
            assertTrue(robot.lookup("#session-stop").queryAs(Button.class).isVisible(), "the running one is shown");
            assertEquals("Resonance breathing", text("#session-title"));
        }
    }
}
