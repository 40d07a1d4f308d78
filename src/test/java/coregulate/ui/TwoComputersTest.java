package coregulate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.testing.AppHarness;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import coregulate.testing.Scrolling;
import coregulate.ui.shell.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two app instances in one JVM, each on its own data folder, sharing one "synced" folder: Ana pairs on her
 * computer, Sam joins on his with the code, and a time-out Ana calls comes up on Sam's screen.
 */
class TwoComputersTest {
    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();

    @Test
    void aTimeOutCalledOnOneComputerShowsOnTheOther() throws Exception {
        var clock = new FakeClock();
        Path shared = Files.createDirectories(temp.resolve("Syncthing/Coregulate"));
        CoupleSetup.anaAndSam(temp.resolve("ana"), clock);
        CoupleSetup.anaAndSam(temp.resolve("sam"), clock);
        try (var ana = new AppHarness(temp.resolve("ana"), clock);
             var sam = new AppHarness(temp.resolve("sam"), clock).onOwnStage()) {
            ana.start();
            sam.start();

            // Ana, on her computer: Settings, the folder, "Pair with my partner's computer".
            front(ana);
            click(ana, "#nav-settings");
            chooseFolder(ana, shared);
            click(ana, "#pairing-pair");
            String code = waitForText(ana, "#pairing-code");
            assertEquals(10, code.split(" ").length, code);
            assertEquals("Paired; waiting for Sam's computer to join.", text(ana, "#paired-with"));
            coregulate.testing.Snapshots.save(ana.app().stage().getScene(), "pairing-code");

            // Sam, on his: he is the one using this computer, then the same folder and the code.
            front(sam);
            click(sam, "#partner-2");
            click(sam, "#nav-settings");
            chooseFolder(sam, shared);
            click(sam, "#pairing-code-input");
            robot.write("wrong words");
            click(sam, "#pairing-check");
            sam.settle();
            assertFalse(text(sam, "#pairing-problem").isBlank(), "a wrong code gets a plain message");
            robot.interact(() -> find(sam, "#pairing-code-input", javafx.scene.control.TextField.class).clear());
            click(sam, "#pairing-code-input");
            robot.write(code);
            click(sam, "#pairing-check");
            waitUntil(() -> find(sam, "#pairing-me-2", Node.class) != null);
            coregulate.testing.Snapshots.save(sam.app().stage().getScene(), "pairing-who");
            click(sam, "#pairing-me-2");
            waitUntil(() -> text(sam, "#paired-with").equals("Paired with Ana's computer."));
            assertEquals("Sam", sam.app().state().currentPartner().name());
            waitUntil(() -> text(ana, "#paired-with").equals("Paired with Sam's computer."));
            assertEquals(ana.app().state().coupleProperty().get().second().id(),
                    sam.app().state().currentPartner().id(), "Sam is the same person on both computers");

            // Sam goes on with his day elsewhere in the app; Ana calls a time-out on hers.
            front(sam);
            click(sam, "#nav-check-in");
            front(ana);
            click(ana, "#call-time-out");
            waitUntil(() -> sam.app().features().isPresent()
                    && sam.app().context().orElseThrow().navigator().currentProperty().get() == Page.TIME_OUT);
            waitUntil(() -> find(sam, "#time-out-title", Label.class) != null
                    && text(sam, "#time-out-title").startsWith("Time-out called by Ana"));
            coregulate.testing.Snapshots.save(sam.app().stage().getScene(), "pairing-time-out-arrived");
            assertEquals(null, find(sam, "#time-out-cancel", Node.class), "only the caller may take it back");
            // Sam can answer: the time-out is an invitation, and he lets Ana know he saw it.
            front(sam);
            click(sam, "#time-out-acknowledge");
            var samId = sam.app().state().currentPartner().id();
            var anasTimeOuts = new coregulate.storage.timeout.TimeOutRepository(
                    ana.app().context().orElseThrow().database());
            waitUntil(() -> anasTimeOuts.latest().map(t -> samId.equals(t.acknowledgedBy())).orElse(false));
        }
    }

    /** What the folder chooser would fill in. */
    private void chooseFolder(AppHarness h, Path folder) {
        var field = find(h, "#pairing-folder", javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(folder.toString()));
    }

    private void front(AppHarness h) throws Exception {
        Stage stage = h.app().stage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.toFront();
            stage.requestFocus();
        }).get(10, TimeUnit.SECONDS);
        h.settle();
    }

    private void click(AppHarness h, String query) {
        Node node = find(h, query, Node.class);
        if (node == null) {
            throw new AssertionError("Nothing matches " + query);
        }
        robot.interact(() -> Scrolling.into(node));
        robot.clickOn(node);
        h.settle();
    }

    private <T extends Node> T find(AppHarness h, String query, Class<T> type) {
        return robot.from(h.app().stage().getScene().getRoot()).lookup(query)
                .match((Node n) -> isShown(n)).tryQuery().map(type::cast).orElse(null);
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private String text(AppHarness h, String query) {
        Label label = robot.from(h.app().stage().getScene().getRoot()).lookup(query).queryAs(Label.class);
        return label.getText() == null ? "" : label.getText();
    }

    private String waitForText(AppHarness h, String query) throws Exception {
        waitUntil(() -> !text(h, query).isBlank());
        return text(h, query);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
