package coregulate.ui;

import coregulate.ui.shell.Page;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** An area whose screens are still being built: a plain, honest line instead of an empty page. */
public class PlaceholderFeature implements Feature {
    private final Page page;
    private Node view;

    public PlaceholderFeature(Page page) {
        this.page = page;
    }

    @Override
    public Page page() {
        return page;
    }

    @Override
    public Node view() {
        if (view == null) {
            var title = new Label(page.title());
            title.getStyleClass().add("title-2");
            var box = new VBox(12, title, new Label("Coming soon: this area is still being built."));
            box.getStyleClass().add("page");
            view = box;
        }
        return view;
    }
}
