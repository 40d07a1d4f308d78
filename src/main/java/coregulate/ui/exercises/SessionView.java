package coregulate.ui.exercises;

import coregulate.ui.exercises.SessionViewModel.Stage;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A running session: the before-rating, then the pacer (or the steps, for exercises without one), then the
 * after-rating. The AnimationTimer only asks the view model to recompute from the clock; it never counts.
 */
public final class SessionView extends StackPane {
    private final SessionViewModel vm;
    private final VBox before;
    private final VBox running;
    private final VBox after;
    private final BreathPacer pacer = new BreathPacer();
    private final Label stepsText = new Label();
    private final AnimationTimer frames;
    private final EventHandler<KeyEvent> spacePauses;

    public SessionView(SessionViewModel vm) {
        this.vm = vm;
        this.frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.update();
            }
        };
        // Space pauses and resumes wherever focus is, as long as this session is on screen.
        this.spacePauses = e -> {
            if (e.getCode() == KeyCode.SPACE && isVisible() && getScene() != null
                    && vm.stageProperty().get() == Stage.RUNNING) {
                vm.togglePause();
                e.consume();
            }
        };
        getStyleClass().add("page");
        setPadding(new Insets(24));
        setFocusTraversable(true);
        before = createBefore();
        running = createRunning();
        after = createAfter();
        getChildren().addAll(before, running, after);
        vm.stageProperty().addListener((obs, o, s) -> show(s));
        show(vm.stageProperty().get());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, spacePauses);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, spacePauses);
            }
        });
    }

    private void show(Stage stage) {
        before.setVisible(stage == Stage.BEFORE);
        running.setVisible(stage == Stage.RUNNING);
        after.setVisible(stage == Stage.AFTER);
        if (stage == Stage.RUNNING) {
            var ex = vm.exerciseProperty().get();
            pacer.setVisible(ex.hasPacer());
            pacer.setManaged(ex.hasPacer());
            stepsText.setVisible(!ex.hasPacer());
            stepsText.setManaged(!ex.hasPacer());
            stepsText.setText(String.join("\n", ex.steps()));
            frames.start();
            requestFocus();
        } else {
            frames.stop();
        }
    }

    private Label heading(String id) {
        var title = new Label();
        title.setId(id);
        title.getStyleClass().add("title-2");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.exerciseProperty().get() == null ? ""
                : vm.exerciseProperty().get().name(), vm.exerciseProperty()));
        return title;
    }

    private VBox createBefore() {
        var question = new Label("Before you start: how activated do you feel right now?");
        question.setWrapText(true);
        var together = new CheckBox();
        together.setId("session-together");
        together.textProperty().bind(Bindings.concat("Breathe together with ", vm.otherNameProperty(),
                ": one pacer for you both"));
        together.visibleProperty().bind(Bindings.isNotEmpty(vm.otherNameProperty()));
        together.selectedProperty().bindBidirectional(vm.togetherProperty());
        var cancel = new Button("Not now");
        cancel.setId("session-cancel");
        cancel.setOnAction(e -> vm.cancel());
        var box = new VBox(16, heading("session-title-before"), question,
                ratingRow("before", vm::begin, "Skip and start"), together, cancel);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private VBox createAfter() {
        var question = new Label("How activated do you feel now?");
        var box = new VBox(16, heading("session-title-after"), question, ratingRow("after", vm::finish, "Skip"));
        var message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        box.getChildren().add(message);
        return box;
    }

    /** -5 (shut down) .. 0 (calm) .. +5 (very activated), one click each, and a way to skip. */
    private Node ratingRow(String prefix, Consumer<Integer> choose, String skipText) {
        var row = new HBox(4);
        for (int level = -5; level <= 5; level++) {
            int value = level;
            var b = new Button(level > 0 ? "+" + level : String.valueOf(level));
            b.setId(prefix + "-" + (level < 0 ? "minus-" + -level : level > 0 ? "plus-" + level : "0"));
            b.getStyleClass().add("rating-button");
            b.setOnAction(e -> choose.accept(value));
            row.getChildren().add(b);
        }
        var scale = new Label("−5 shut down · 0 calm · +5 very activated");
        scale.getStyleClass().add("hint");
        var skip = new Button(skipText);
        skip.setId(prefix + "-skip");
        skip.getStyleClass().add("flat");
        skip.setOnAction(e -> choose.accept(null));
        return new VBox(6, row, scale, skip);
    }

    private VBox createRunning() {
        pacer.momentProperty().bind(vm.momentProperty());
        pacer.pausedProperty().bind(vm.pausedProperty());
        pacer.reducedMotionProperty().bind(vm.reducedMotionProperty());
        pacer.namesProperty().bind(vm.namesProperty());
        stepsText.setId("session-steps");
        stepsText.setWrapText(true);
        var elapsed = new Label();
        elapsed.setId("session-elapsed");
        elapsed.textProperty().bind(Bindings.concat("Time so far ", vm.elapsedTextProperty()));

        var pause = new Button();
        pause.setId("session-pause");
        pause.textProperty().bind(Bindings.when(vm.pausedProperty()).then("Resume (Space)").otherwise("Pause (Space)"));
        pause.setOnAction(e -> vm.togglePause());
        pause.setFocusTraversable(false);
        var stop = new Button("Stop");
        stop.setId("session-stop");
        stop.setFocusTraversable(false);
        stop.setOnAction(e -> vm.stop());
        var done = new Button("I've done it");
        done.setId("session-done");
        done.getStyleClass().add("accent");
        done.setOnAction(e -> vm.done());
        done.visibleProperty().bind(stepsText.visibleProperty());
        done.managedProperty().bind(stepsText.managedProperty());
        var controls = new HBox(8, pause, stop, done);
        controls.setAlignment(Pos.CENTER);

        var sound = new CheckBox("Soft sounds");
        sound.setId("session-sound");
        sound.selectedProperty().bindBidirectional(vm.soundProperty());
        var volume = new Slider(0, 100, 50);
        volume.setId("session-volume");
        volume.setPrefWidth(120);
        volume.disableProperty().bind(vm.soundProperty().not());
        volume.valueProperty().addListener((obs, o, v) -> {
            if (!volume.isValueChanging()) {
                vm.volumeProperty().set(v.intValue());
            }
        });
        volume.valueChangingProperty().addListener((obs, o, changing) -> {
            if (!changing) {
                vm.volumeProperty().set((int) volume.getValue());
            }
        });
        vm.volumeProperty().addListener((obs, o, v) -> volume.setValue(v.doubleValue()));
        var reduced = new CheckBox("Reduced motion");
        reduced.setId("session-reduced-motion");
        reduced.selectedProperty().bindBidirectional(vm.reducedMotionProperty());
        var soundStatus = new Label();
        soundStatus.setId("session-sound-status");
        soundStatus.getStyleClass().add("hint");
        soundStatus.textProperty().bind(vm.soundStatusProperty());
        var volumeLabel = new Label("Volume");
        var settings = new HBox(10, sound, volumeLabel, volume, reduced);
        settings.setAlignment(Pos.CENTER);

        var box = new VBox(14, heading("session-title"), pacer, stepsText, elapsed, controls, settings, soundStatus);
        box.setAlignment(Pos.TOP_CENTER);
        elapsed.visibleProperty().bind(stepsText.visibleProperty());
        elapsed.managedProperty().bind(stepsText.managedProperty());
        return box;
    }

    BreathPacer pacer() {
        return pacer;
    }
}
