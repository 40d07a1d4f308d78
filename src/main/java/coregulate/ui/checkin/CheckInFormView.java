package coregulate.ui.checkin;

import coregulate.domain.BodySignal;
import coregulate.domain.Emotion;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The check-in form. Enter saves from anywhere in it except the note, where Enter starts a new line. */
public final class CheckInFormView extends VBox {
    private final CheckInFormViewModel vm;
    private final PulseTapViewModel pulseTap;
    private final Button logTrigger = new Button("Log what triggered this");
    private ArousalScale scale;

    public CheckInFormView(CheckInFormViewModel vm, PulseTapViewModel pulseTap, Runnable onLogTrigger) {
        super(12);
        this.vm = vm;
        this.pulseTap = pulseTap;
        getStyleClass().add("checkin-form");
        createView(onLogTrigger);
    }

    private void createView(Runnable onLogTrigger) {
        var title = new Label("How is your body right now?");
        title.getStyleClass().add("title-3");
        scale = new ArousalScale();
        // Whenever the form is put on screen, the scale takes the keyboard, so a check-in needs no mouse.
        scale.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(scale::requestFocus);
            }
        });
        scale.valueProperty().bindBidirectional(vm.arousalProperty());
        var picked = new Label();
        picked.setId("arousal-picked");
        picked.textProperty().bind(Bindings.createStringBinding(() -> vm.arousalProperty().get() == null
                ? "Nothing picked yet. Click a level, or use the arrow keys or a number (\"-\" then a number for the lower half)."
                : CheckInFormViewModel.describe(vm.arousalProperty().get()), vm.arousalProperty()));
        picked.setWrapText(true);

        getChildren().addAll(title, scale, picked, signals(), emotions(), measurements(), connection(), note(),
                sharing(), actions(onLogTrigger));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof TextArea) && !e.isShiftDown()) {
                vm.save();
                e.consume();
            }
        });
    }

    public void focusScale() {
        scale.requestFocus();
    }

    private VBox signals() {
        var box = new FlowPane(8, 6);
        for (BodySignal s : BodySignal.values()) {
            var check = new CheckBox(s.label());
            check.setId("signal-" + s.id());
            check.setTooltip(new Tooltip(s.hint()));
            check.setAccessibleHelp(s.hint());
            check.setOnAction(e -> {
                if (check.isSelected()) {
                    vm.signals().add(s);
                } else {
                    vm.signals().remove(s);
                }
            });
            vm.signals().addListener((SetChangeListener<BodySignal>) c -> check.setSelected(vm.signals().contains(s)));
            box.getChildren().add(check);
        }
        return section("What do you notice in your body?", box, known("known-signal", vm.knownSignals(), vm.customSignals()),
                custom("custom-signal", "Your own words, e.g. cold hands", vm.customSignals(), vm::addCustomSignal));
    }

    private VBox emotions() {
        var box = new FlowPane(8, 6);
        for (Emotion em : Emotion.values()) {
            var check = new CheckBox(em.label());
            check.setId("emotion-" + em.id());
            check.setOnAction(e -> {
                if (check.isSelected()) {
                    vm.emotions().add(em);
                } else {
                    vm.emotions().remove(em);
                }
            });
            vm.emotions().addListener((SetChangeListener<Emotion>) c -> check.setSelected(vm.emotions().contains(em)));
            box.getChildren().add(check);
        }
        return section("And what do you feel?", box, known("known-emotion", vm.knownEmotions(), vm.customEmotions()),
                custom("custom-emotion", "Your own word, e.g. jealous", vm.customEmotions(), vm::addCustomEmotion));
    }

    /** Your own words from earlier check-ins, as ticks like the built-in ones. */
    private static FlowPane known(String styleClass, ObservableList<String> words, ObservableList<String> chosen) {
        var pane = new FlowPane(8, 6);
        Runnable rebuild = () -> {
            pane.getChildren().clear();
            for (String word : words) {
                var check = new CheckBox(word);
                check.getStyleClass().add(styleClass);
                check.setSelected(chosen.contains(word));
                check.setOnAction(e -> {
                    if (check.isSelected() && !chosen.contains(word)) {
                        chosen.add(word);
                    } else if (!check.isSelected()) {
                        chosen.remove(word);
                    }
                });
                pane.getChildren().add(check);
            }
        };
        words.addListener((javafx.collections.ListChangeListener<String>) c -> rebuild.run());
        chosen.addListener((javafx.collections.ListChangeListener<String>) c -> pane.getChildren().forEach(n ->
                ((CheckBox) n).setSelected(chosen.contains(((CheckBox) n).getText()))));
        pane.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(words));
        return pane;
    }

    private HBox custom(String id, String prompt, ObservableList<String> items, java.util.function.Consumer<String> add) {
        var field = new TextField();
        field.setId(id + "-field");
        field.setPromptText(prompt);
        var addButton = new Button("Add");
        addButton.setId(id + "-add");
        Runnable doAdd = () -> {
            add.accept(field.getText());
            if (items.contains(field.getText().strip())) {
                field.clear();
            }
        };
        addButton.setOnAction(e -> doAdd.run());
        field.setOnAction(e -> doAdd.run());
        var added = new Label();
        added.setId(id + "-list");
        added.textProperty().bind(Bindings.createStringBinding(() -> String.join(", ", items), items));
        var row = new HBox(8, field, addButton, added);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox measurements() {
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        var pulse = numberField("pulse", vm.pulseProperty(), "beats a minute");
        var flooding = new Label("Possible flooding: your heart is racing. A pause of at least 20 minutes helps the body settle.");
        flooding.setId("flooding-mark");
        flooding.getStyleClass().add("flooding-mark");
        flooding.setWrapText(true);
        flooding.visibleProperty().bind(vm.flooding());
        flooding.managedProperty().bind(vm.flooding());
        var tapButton = new Button("Count it for me");
        tapButton.setId("pulse-helper");
        grid.addRow(0, new Label("Pulse"), pulse, tapButton, problem("pulse-error", vm.pulseProblem()));
        grid.addRow(1, new Label("HRV (RMSSD)"), numberField("hrv", vm.hrvProperty(), "ms"),
                new Label("ms"), problem("hrv-error", vm.hrvProblem()));
        grid.addRow(2, new Label("Hours slept"), numberField("sleep", vm.sleepProperty(), "e.g. 7.5"),
                new Label(""), problem("sleep-error", vm.sleepProblem()));
        var helper = pulseHelper();
        helper.setVisible(false);
        helper.managedProperty().bind(helper.visibleProperty());
        tapButton.setOnAction(e -> helper.setVisible(!helper.isVisible()));
        var hint = new Label("All optional. Compare with your own usual numbers, not with anyone else's.");
        hint.getStyleClass().add("hint");
        return section("Measurements", grid, flooding, helper, hint);
    }

    private VBox pulseHelper() {
        var tap = new Button("Tap");
        tap.setId("pulse-tap");
        tap.setOnAction(e -> pulseTap.tap());
        tap.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                pulseTap.tap();
                e.consume();
            }
        });
        var status = new Label();
        status.setId("pulse-tap-status");
        status.setWrapText(true);
        status.textProperty().bind(pulseTap.statusProperty());
        var ticking = new Timeline(new KeyFrame(Duration.millis(200), e -> pulseTap.tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        var box = new VBox(6, status, tap);
        box.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                ticking.play();
                tap.requestFocus();
            } else {
                ticking.stop();
            }
        });
        return box;
    }

    private VBox connection() {
        var group = new ToggleGroup();
        var row = new HBox(6);
        for (int i = 1; i <= 5; i++) {
            var button = new ToggleButton(String.valueOf(i));
            button.setId("connection-" + i);
            button.setToggleGroup(group);
            int value = i;
            button.setOnAction(e -> vm.connectionProperty().set(button.isSelected() ? value : 0));
            row.getChildren().add(button);
        }
        vm.connectionProperty().addListener((obs, old, v) -> group.getToggles().forEach(
                t -> t.setSelected(((ToggleButton) t).getText().equals(String.valueOf(v)))));
        var hint = new Label("1 = far apart, 5 = close");
        hint.getStyleClass().add("hint");
        row.getChildren().add(hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return section("How connected do you feel to your partner right now?", row);
    }

    private VBox note() {
        var area = new TextArea();
        area.setId("note");
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText("Anything you want to remember (optional)");
        area.textProperty().bindBidirectional(vm.noteProperty());
        var count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(vm.noteCount());
        return section("Note", area, new HBox(8, count, problem("note-error", vm.noteProblem())));
    }

    private VBox sharing() {
        var share = new CheckBox("Share this check-in with my partner");
        share.setId("share");
        share.selectedProperty().bindBidirectional(vm.sharedProperty());
        var hint = new Label("Private unless you tick this. Your partner sees only what you share.");
        hint.getStyleClass().add("hint");
        return new VBox(4, share, hint);
    }

    private VBox actions(Runnable onLogTrigger) {
        var save = new Button("Save check-in");
        save.setId("save-checkin");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.whyCannotSave().isNotEmpty());
        save.setOnAction(e -> vm.save());
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var why = new Label();
        why.setId("save-why");
        why.getStyleClass().add("hint");
        why.setWrapText(true);
        why.textProperty().bind(vm.whyCannotSave());
        var cancel = new Button("Cancel changes");
        cancel.setId("cancel-edit");
        cancel.visibleProperty().bind(vm.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.clear());
        var result = new Label();
        result.setId("checkin-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        logTrigger.setId("log-trigger-from-checkin");
        logTrigger.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.lastSavedProperty().get() != null
                && !vm.lastSavedProperty().get().insideWindow(), vm.lastSavedProperty()));
        logTrigger.managedProperty().bind(logTrigger.visibleProperty());
        logTrigger.setOnAction(e -> onLogTrigger.run());
        var row = new HBox(10, save, cancel, why);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, result, logTrigger);
    }

    private static TextField numberField(String id, StringProperty property, String prompt) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(7);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label problem(String id, StringBinding problem) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(260);
        label.textProperty().bind(problem);
        return label;
    }

    private static VBox section(String heading, javafx.scene.Node... content) {
        var label = new Label(heading);
        label.getStyleClass().add("text-bold");
        var box = new VBox(6, label);
        box.getChildren().addAll(content);
        return box;
    }
}
