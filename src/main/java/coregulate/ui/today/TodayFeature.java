package coregulate.ui.today;

import coregulate.ui.AppState;
import coregulate.ui.Feature;
import coregulate.ui.shell.Page;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Today: a greeting for whoever is using the window, then the cards every other area contributes. */
public final class TodayFeature implements Feature {
    private final AppState state;
    private final Supplier<List<Feature>> others;
    private Node view;

    public TodayFeature(AppState state, Supplier<List<Feature>> others) {
        this.state = state;
        this.others = others;
    }

    @Override
    public Page page() {
        return Page.TODAY;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        var greeting = new Label();
        greeting.setId("today-greeting");
        greeting.getStyleClass().add("title-2");
        greeting.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> state.currentPartner() == null ? "Today" : "Hello, " + state.currentPartner().name(),
                state.currentPartnerProperty()));
        var intro = new Label("How is your body right now? A quick check-in helps you both notice before things "
                + "escalate.");
        intro.setWrapText(true);
        var cards = new FlowPane(16, 16);
        cards.setId("today-cards");
        for (Feature feature : others.get()) {
            cards.getChildren().addAll(feature.todayCards());
        }
        var box = new VBox(16, greeting, intro, cards);
        box.setPadding(new Insets(24));
        box.getStyleClass().add("page");
        var scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
