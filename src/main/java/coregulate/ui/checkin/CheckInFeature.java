package coregulate.ui.checkin;

import coregulate.domain.checkin.CheckIn;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.HelpsCardService;
import coregulate.ui.AppContext;
import coregulate.ui.Feature;
import coregulate.ui.shell.Page;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Check-in area: the form, the history, and two cards on Today. */
public final class CheckInFeature implements Feature {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm");
    private final AppContext ctx;
    private final CheckInFormViewModel form;
    private final HistoryViewModel history;
    private final CheckInTodayViewModel today;
    private final PulseTapViewModel pulseTap;
    private final Consumer<CheckIn> onLogTrigger;
    private final java.util.function.Supplier<Node> suggestionPanel;
    private Node view;

    /**
     * @param afterSave    runs on the FX thread after each saved check-in (suggestions hook in here)
     * @param onLogTrigger opens the trigger log linked to a check-in
     */
    public CheckInFeature(AppContext ctx, CheckInService checkIns, HelpsCardService cards,
                          Consumer<CheckIn> afterSave, Consumer<CheckIn> onLogTrigger,
                          java.util.function.Supplier<Node> suggestionPanel) {
        this.suggestionPanel = suggestionPanel;
        this.ctx = ctx;
        this.onLogTrigger = onLogTrigger;
        this.form = new CheckInFormViewModel(ctx.state(), checkIns, ctx.tasks(), afterSave);
        this.history = new HistoryViewModel(ctx.state(), checkIns, ctx.tasks(), ctx.clock().getZone());
        this.today = new CheckInTodayViewModel(ctx.state(), checkIns, cards, ctx.tasks());
        this.pulseTap = new PulseTapViewModel(ctx.ticker(), bpm -> form.pulseProperty().set(String.valueOf(bpm)));
    }

    @Override
    public Page page() {
        return Page.CHECK_IN;
    }

    @Override
    public Node view() {
        if (view == null) {
            var formView = new CheckInFormView(form, pulseTap, () -> onLogTrigger.accept(form.lastSavedProperty().get()));
            // Right after a save, suggestions for how the partner is now appear under the form.
            var panel = suggestionPanel.get();
            panel.visibleProperty().bind(form.lastSavedProperty().isNotNull());
            panel.managedProperty().bind(panel.visibleProperty());
            formView.getChildren().add(0, panel);
            var scroll = new ScrollPane(formView);
            form.lastSavedProperty().addListener((obs, old, saved) -> {
                if (saved != null) {
                    // After the suggestions have their size, show them at the top of the column.
                    javafx.application.Platform.runLater(() -> {
                        scroll.layout();
                        scroll.setVvalue(scroll.getVmin());
                    });
                }
            });
            scroll.setFitToWidth(true);
            scroll.setPrefWidth(560);
            scroll.setMinWidth(460);
            formView.setPadding(new Insets(0, 12, 0, 0));
            var historyView = new HistoryView(history, checkIn -> {
                form.edit(checkIn);
                scroll.setVvalue(0);
            }, ctx.clock().getZone());
            HBox.setHgrow(historyView, Priority.ALWAYS);
            var page = new HBox(24, scroll, historyView);
            page.setPadding(new Insets(24));
            page.getStylesheets().add(getClass().getResource("/coregulate/ui/checkin.css").toExternalForm());
            history.reload();
            form.loadOwnWords();
            // The scale takes the keyboard as soon as the page opens, so a check-in needs no mouse at all.
            ctx.navigator().currentProperty().addListener((obs, old, now) -> {
                if (now == Page.CHECK_IN) {
                    javafx.application.Platform.runLater(formView::focusScale);
                }
            });
            javafx.application.Platform.runLater(formView::focusScale);
            view = page;
        }
        return view;
    }

    @Override
    public List<Node> todayCards() {
        today.reload();
        return List.of(latestCard(), partnersCard());
    }

    private Node latestCard() {
        var title = new Label("Your last check-in");
        title.getStyleClass().add("title-4");
        var text = new Label();
        text.setId("today-latest-checkin");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> today.latestProperty().get()
                .map(c -> TIME.format(c.at().atZone(ctx.clock().getZone())) + ": "
                        + CheckInFormViewModel.describe(c.arousal())
                        + (c.possibleFlooding(today.restingPulse()) ? " · possible flooding" : ""))
                .orElse("No check-in yet today. It takes under a minute."), today.latestProperty()));
        var go = new Button("Check in now");
        go.setId("today-check-in");
        go.getStyleClass().add("accent");
        go.setOnAction(e -> ctx.navigator().show(Page.CHECK_IN));
        var card = new VBox(8, title, text, go);
        card.getStyleClass().add("card");
        return card;
    }

    private Node partnersCard() {
        var title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> "What helps " + (ctx.state().currentPartner() == null ? "" : today.partnerName()),
                ctx.state().currentPartnerProperty()));
        var text = new Label();
        text.setId("today-partner-card");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> today.partnersCardProperty().get()
                .map(c -> join("When activated, it helps if you: ", c.whenActivated())
                        + join("When shut down, it helps if you: ", c.whenShutDown())
                        + join("Please don't: ", c.pleaseDont()))
                .orElse("Your partner hasn't shared a \"what helps me\" card yet."), today.partnersCardProperty()));
        var card = new VBox(8, title, text);
        card.getStyleClass().add("card");
        return card;
    }

    private static String join(String label, String text) {
        return text.isBlank() ? "" : label + text.strip() + "\n";
    }
}
