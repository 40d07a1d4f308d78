package coregulate.ui;

import coregulate.ui.shell.Page;
import java.util.List;
import javafx.scene.Node;

/** One area of the app: its page, and any cards it adds to Today. */
public interface Feature {
    Page page();

    /** The page's view, created on first use and then kept. */
    Node view();

    /** Cards this area shows on Today, created once; they refresh themselves through AppState. */
    default List<Node> todayCards() {
        return List.of();
    }
}
