package coregulate.ui.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.domain.checkin.CheckIn;
import coregulate.exchange.demo.SampleCouple;
import coregulate.testing.AppHarness;
import coregulate.testing.FakeClock;
import coregulate.testing.Scrolling;
import coregulate.testing.Snapshots;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A person with over a year of check-ins sees the newest page and asks for older ones with one click. */
class HistoryPagingFlowTest {
    @TempDir
    Path dir;

    @Test
    void showOlderCheckInsAddsTheNextPageBelowTheFirst() throws Exception {
        var clock = new FakeClock();
        try (var store = Store.open(dir)) {
            new SampleCouple(store.database(), clock, 7).fill(400, 2, 4);
        }
        var robot = new FxRobot();
        try (var harness = new AppHarness(dir, clock)) {
            harness.start();
            robot.clickOn("#nav-check-in");
            harness.settle();
            @SuppressWarnings("unchecked")
            ListView<CheckIn> list = robot.lookup("#history-list").queryAs(ListView.class);
            assertEquals(HistoryViewModel.PAGE, list.getItems().size());
            var more = robot.lookup("#history-more").queryAs(Button.class);
            assertTrue(more.isVisible(), "there is more than one page");
            Snapshots.save(harness.app().stage().getScene(), "history-first-page");
            Instant oldestShown = list.getItems().get(list.getItems().size() - 1).at();

            Scrolling.clickOn(robot, "#history-more");
            harness.settle();
            assertTrue(list.getItems().size() > HistoryViewModel.PAGE, "the next page came below");
            assertTrue(list.getItems().get(HistoryViewModel.PAGE).at().isBefore(oldestShown),
                    "the added entries are older than the first page's last");
            if (list.getItems().size() < 2 * HistoryViewModel.PAGE) {
                assertFalse(more.isVisible(), "nothing older: the button goes");
            }
            Snapshots.save(harness.app().stage().getScene(), "history-second-page");
        }
    }
}
