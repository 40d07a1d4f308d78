package coregulate.ui.settings;

import coregulate.ui.AppContext;
import coregulate.ui.Feature;
import coregulate.ui.shell.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/** Settings: a column of sections, each owned by the area it configures. */
public final class SettingsFeature implements Feature {
    private final List<Supplier<Node>> sections = new ArrayList<>();
    private Node view;

    public SettingsFeature(AppContext ctx, List<Supplier<Node>> moreSections) {
        sections.add(() -> new PartnerDetailsView(new PartnerDetailsViewModel(ctx.state(), ctx.couples(), ctx.tasks())));
        sections.addAll(moreSections);
    }

    @Override
    public Page page() {
        return Page.SETTINGS;
    }

    @Override
    public Node view() {
        if (view == null) {
            var title = new Label("Settings");
            title.getStyleClass().add("title-2");
            var box = new VBox(16, title);
            for (var section : sections) {
                box.getChildren().addAll(section.get(), new Separator());
            }
            box.setPadding(new Insets(24));
            box.setMaxWidth(900);
            var scroll = new ScrollPane(box);
            scroll.setFitToWidth(true);
            view = scroll;
        }
        return view;
    }
}
