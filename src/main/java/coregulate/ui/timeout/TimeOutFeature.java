package coregulate.ui.timeout;

import coregulate.domain.timeout.TimeOut;
import coregulate.domain.timeout.TimeOutPhase;
import coregulate.service.timeout.TimeOutService;
import coregulate.ui.AppContext;
import coregulate.ui.ExerciseLauncher;
import coregulate.ui.Feature;
import coregulate.ui.shell.Page;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Time-out area: calling it from anywhere, the shared countdown, the agreement and the history. */
public final class TimeOutFeature implements Feature {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private final AppContext ctx;
    private final TimeOutViewModel vm;
    private final AgreementViewModel agreement;
    private final ExerciseLauncher exercises;
    private final Timeline ticking;
    private final java.util.function.Supplier<Node> callerSuggestions;
    private Node view;

    public TimeOutFeature(AppContext ctx, TimeOutService service, ExerciseLauncher exercises,
                          java.util.function.Supplier<Node> callerSuggestions) {
        this.callerSuggestions = callerSuggestions;
        this.ctx = ctx;
        this.exercises = exercises;
        this.vm = new TimeOutViewModel(ctx.state(), service, ctx.tasks(), ctx.clock(), ctx.ticker());
        this.agreement = new AgreementViewModel(ctx.state(), service, ctx.tasks());
        this.ticking = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
        // A time-out that was on when the app closed (or crashed) comes straight back on start.
        vm.activeProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                ctx.navigator().show(Page.TIME_OUT);
            }
        });
        ctx.state().dataVersionProperty().addListener((obs, o, n) -> vm.reload());
        vm.reload();
        agreement.load();
    }

    @Override
    public Page page() {
        return Page.TIME_OUT;
    }

    /** One keystroke from anywhere: the time-out starts at once, no dialog in the way. */
    public void call() {
        if (vm.activeProperty().get() != null) {
            ctx.navigator().show(Page.TIME_OUT);
            return;
        }
        vm.call(() -> ctx.navigator().show(Page.TIME_OUT));
    }

    @Override
    public Node view() {
        if (view == null) {
            var couple = ctx.state().coupleProperty().get();
            var active = new ActiveTimeOutView(vm, ctx.state(), exercises, ctx.clock().getZone());
            // The partner who called the time-out sees exercises chosen for how they are right now.
            var suggestions = callerSuggestions.get();
            var forCaller = Bindings.createBooleanBinding(vm::currentIsCaller, vm.activeProperty(),
                    ctx.state().currentPartnerProperty());
            suggestions.visibleProperty().bind(forCaller);
            suggestions.managedProperty().bind(forCaller);
            active.getChildren().add(suggestions);
            var hasActive = vm.activeProperty().isNotNull();
            active.visibleProperty().bind(hasActive);
            active.managedProperty().bind(hasActive);
            var call = new Button("Call a time-out  (Ctrl+T)");
            call.setId("time-out-call-big");
            call.getStyleClass().addAll("accent", "large");
            call.setOnAction(e -> call());
            var message = new Label();
            message.textProperty().bind(vm.messageProperty());
            var plan = new VBox(16, call, message, new AgreementView(agreement, ctx.state().currentPartnerProperty(), couple.first().name(),
                    couple.second().name()), history());
            plan.visibleProperty().bind(hasActive.not());
            plan.managedProperty().bind(hasActive.not());
            var box = new VBox(16, active, plan);
            box.setPadding(new Insets(24));
            box.setMaxWidth(860);
            var scroll = new ScrollPane(box);
            scroll.setFitToWidth(true);
            scroll.getStylesheets().add(getClass().getResource("/coregulate/ui/timeout.css").toExternalForm());
            view = scroll;
        }
        return view;
    }

    private VBox history() {
        var title = new Label("Our time-outs");
        title.getStyleClass().add("title-3");
        var kept = new Label();
        kept.setId("time-out-kept");
        kept.textProperty().bind(Bindings.createStringBinding(() -> keptText(vm.promisesKeptProperty().get()),
                vm.promisesKeptProperty()));
        var list = new ListView<TimeOut>(vm.history());
        vm.showHistory();
        list.setId("time-out-history");
        list.setPrefHeight(220);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(TimeOut t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : describe(t));
            }
        });
        return new VBox(8, title, kept, list);
    }

    /** One line per time-out, the same for both partners; it never counts who called. */
    private String describe(TimeOut t) {
        var zone = ctx.clock().getZone();
        var phase = t.phaseAt(vm.now());
        String how = switch (phase) {
            case RECONVENED -> "came back together at " + WHEN.format(t.reconvenedAt().atZone(zone))
                    + (t.outcome() == null ? "" : ", the talk went " + t.outcome() + " of 5");
            case MISSED -> "not picked up again by the agreed time";
            case CANCELLED -> "taken back";
            default -> "on now";
        };
        return WHEN.format(t.calledAt().atZone(zone)) + " · break of " + (t.breakMinutes() + t.extraMinutes())
                + " min · " + how;
    }

    private static String keptText(int kept) {
        return kept == 0 ? "No promises to come back kept yet; the first one counts."
                : "Promises to come back kept together: " + kept;
    }

    @Override
    public List<Node> todayCards() {
        var title = new Label("Need a pause?");
        title.getStyleClass().add("title-4");
        var call = new Button("Call a time-out  (Ctrl+T)");
        call.setId("today-call-time-out");
        call.getStyleClass().addAll("accent", "large");
        call.setOnAction(e -> call());
        var kept = new Label();
        kept.setId("today-promises-kept");
        kept.textProperty().bind(Bindings.createStringBinding(() -> keptText(vm.promisesKeptProperty().get()),
                vm.promisesKeptProperty()));
        kept.setWrapText(true);
        var hint = new Label("Either of you can call it. It is an invitation to pause, never a way to end a talk for good.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        var card = new VBox(8, title, call, kept, hint);
        card.getStyleClass().add("card");
        return List.of(card);
    }

    /** For tests and start-up: the phase of the time-out on now, if any. */
    public TimeOutPhase currentPhase() {
        return vm.phaseProperty().get();
    }
}
