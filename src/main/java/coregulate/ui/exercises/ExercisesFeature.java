package coregulate.ui.exercises;

import coregulate.service.ExerciseService;
import coregulate.service.SessionService;
import coregulate.ui.AppContext;
import coregulate.ui.ExerciseLauncher;
import coregulate.ui.Feature;
import coregulate.ui.shell.Page;
import javafx.scene.Node;

/**
 * The Exercises area: the library, exercise pages, the breathing pacer and own patterns. It is also the
 * app's {@link ExerciseLauncher}, so other areas can open or start an exercise by id.
 */
public final class ExercisesFeature implements Feature, ExerciseLauncher {
    private final AppContext ctx;
    private final ExerciseService exercises;
    private final ExercisesViewModel vm;
    private final PatternEditorViewModel editor;
    private Node view;
    private java.util.List<Node> todayCards;

    /** The services are the ones the suggestions use too, so the bundled exercises are read once. */
    public ExercisesFeature(AppContext ctx, ExerciseService exercises, SessionService sessions) {
        this(ctx, exercises, sessions, ToneCues.system());
    }

    public ExercisesFeature(AppContext ctx, ExerciseService exercises, SessionService sessions, ToneCues tones) {
        this.ctx = ctx;
        this.exercises = exercises;
        var session = new SessionViewModel(ctx.ticker(), ctx.clock(), tones,
                (draft, onSaved, onFailed) -> ctx.tasks().run(() -> sessions.record(draft), ok -> onSaved.run(), onFailed));
        this.vm = new ExercisesViewModel(exercises, sessions, ctx.tasks(), ctx.state(), session);
        this.editor = new PatternEditorViewModel(exercises, ctx.tasks(), ctx.state());
        editor.setOnDone(id -> {
            if (id == null) {
                vm.back();
            } else {
                vm.open(id);
            }
        });
    }

    @Override
    public Page page() {
        return Page.EXERCISES;
    }

    @Override
    public Node view() {
        if (view == null) {
            var page = new ExercisePageView(vm, editor);
            view = new ExercisesView(vm, editor, page, new SessionView(vm.session()));
            vm.reload();
        }
        return view;
    }

    @Override
    public java.util.List<Node> todayCards() {
        if (todayCards == null) {
            var title = new javafx.scene.control.Label("Need a calm minute?");
            title.getStyleClass().add("title-4");
            var text = new javafx.scene.control.Label("Press Ctrl+B from any screen to start your favourite "
                    + "breathing exercise at once, or pick one that suits how you feel.");
            text.setWrapText(true);
            var breathe = new javafx.scene.control.Button("Breathe now");
            breathe.setId("today-breathe");
            breathe.getStyleClass().add("accent");
            breathe.setOnAction(e -> breatheNow());
            var browse = new javafx.scene.control.Button("Browse exercises");
            browse.setId("today-exercises");
            browse.setOnAction(e -> {
                vm.back();
                ctx.navigator().show(Page.EXERCISES);
            });
            var card = new javafx.scene.layout.VBox(8, title, text, new javafx.scene.layout.HBox(8, breathe, browse));
            card.getStyleClass().add("card");
            card.setPrefWidth(340);
            todayCards = java.util.List.of(card);
        }
        return todayCards;
    }

    @Override
    public void open(String exerciseId) {
        ctx.navigator().show(Page.EXERCISES);
        vm.open(exerciseId);
    }

    @Override
    public void start(String exerciseId) {
        ctx.navigator().show(Page.EXERCISES);
        vm.whenLoaded(() -> vm.find(exerciseId).ifPresentOrElse(ex -> vm.startSession(ex, false),
                () -> vm.messageProperty().set("That exercise is not in the library any more.")));
    }

    @Override
    public void breatheNow() {
        ctx.navigator().show(Page.EXERCISES);
        vm.breatheNow();
    }

    @Override
    public String nameOf(String exerciseId) {
        var known = vm.find(exerciseId);
        if (known.isPresent()) {
            return known.get().name();
        }
        return exercises.libraryIfLoaded().flatMap(lib -> lib.byId(exerciseId)).map(e -> e.name()).orElse(exerciseId);
    }
}
