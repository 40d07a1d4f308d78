package coregulate.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/**
 * Scrolls a node into view the way a person would before clicking it: TestFX clicks only what is visible,
 * and long forms sit in scroll panes.
 */
public final class Scrolling {
    private Scrolling() {
    }

    public static org.testfx.api.FxRobotInterface clickOn(FxRobot robot, String query) {
        // Lists keep an invisible cell for measuring; only a visible match is one a person could click.
        Node node = robot.lookup(query).match(Scrolling::shownWithAncestors).tryQuery()
                .orElseThrow(() -> new AssertionError("Nothing a person could click matches " + query));
        robot.interact(() -> into(node));
        return robot.clickOn(node);
    }

    private static boolean shownWithAncestors(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    public static void into(Node node) {
        // Something that just became visible may not have its place yet: lay the scene out first.
        if (node.getScene() != null) {
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
        }
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double target = (inContent.getMinY() - viewport / 3) / (contentHeight - viewport);
        scroll.setVvalue(Math.max(0, Math.min(1, target)) * (scroll.getVmax() - scroll.getVmin()) + scroll.getVmin());
        scroll.layout();
    }
}
