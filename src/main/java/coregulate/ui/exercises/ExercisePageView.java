package coregulate.ui.exercises;

import coregulate.breathing.Exercise;
import coregulate.breathing.PaceRange;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One exercise's page: what to do, why it helps and its source, cautions, pace, and how it has gone for you. */
public final class ExercisePageView extends ScrollPane {
    private final ExercisesViewModel vm;
    private final PatternEditorViewModel editor;
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox steps = new VBox(6);
    private final Label why = new Label();
    private final Label source = new Label();
    private final VBox cautions = new VBox(4);
    private final HBox paceRow = new HBox(8);
    private final Label paceRange = new Label();
    private final Button edit = new Button("Edit pattern");

    public ExercisePageView(ExercisesViewModel vm, PatternEditorViewModel editor) {
        this.vm = vm;
        this.editor = editor;
        setFitToWidth(true);
        setContent(createView());
        vm.selectedProperty().addListener((obs, o, ex) -> show(ex));
        vm.favourites().addListener((javafx.collections.SetChangeListener<String>) c -> show(vm.selectedProperty().get()));
    }

    private VBox createView() {
        var back = new Button("← All exercises");
        back.setId("exercise-back");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> vm.back());
        title.setId("exercise-title");
        title.getStyleClass().add("title-2");
        meta.getStyleClass().add("hint");

        var start = new Button("Start");
        start.setId("exercise-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.start());
        var favourite = new Button();
        favourite.setId("exercise-favourite");
        favourite.textProperty().bind(Bindings.when(vm.favouriteProperty())
                .then("★ A favourite (remove)").otherwise("☆ Mark as favourite"));
        favourite.setOnAction(e -> vm.toggleFavourite());
        edit.setId("exercise-edit");
        edit.setOnAction(e -> vm.withOwnPattern(vm.selectedProperty().get().id(), p -> {
            editor.edit(p);
            vm.screenProperty().set(ExercisesViewModel.Screen.EDITOR);
        }));
        var actions = new HBox(8, start, favourite, edit);

        var message = new Label();
        message.setId("exercise-message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(Bindings.isNotEmpty(vm.messageProperty()));

        var effectTitle = new Label("How it has gone for you");
        effectTitle.getStyleClass().add("title-4");
        var effect = new Label();
        effect.setId("exercise-effect");
        effect.setWrapText(true);
        effect.textProperty().bind(vm.effectTextProperty());

        var slower = new Button("Slower");
        slower.setId("pace-slower");
        slower.setOnAction(e -> vm.slower());
        var faster = new Button("Faster");
        faster.setId("pace-faster");
        faster.setOnAction(e -> vm.faster());
        var paceField = new TextField();
        paceField.setId("pace-field");
        paceField.setPrefColumnCount(4);
        vm.paceTextProperty().addListener((obs, o, t) -> paceField.setText(t));
        paceField.setOnAction(e -> vm.setPace(paceField.getText()));
        paceField.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused && !paceField.getText().equals(vm.paceTextProperty().get())) {
                vm.setPace(paceField.getText());
            }
        });
        var paceLabel = new Label("Pace (breaths a minute)");
        paceRow.getChildren().addAll(paceLabel, slower, paceField, faster, paceRange);
        paceRow.setAlignment(Pos.CENTER_LEFT);
        var paceError = new Label();
        paceError.setId("pace-error");
        paceError.getStyleClass().add("field-error");
        paceError.textProperty().bind(vm.paceErrorProperty());
        paceError.managedProperty().bind(Bindings.isNotEmpty(vm.paceErrorProperty()));

        why.setWrapText(true);
        source.setWrapText(true);
        source.getStyleClass().add("hint");
        var stepsTitle = new Label("Steps");
        stepsTitle.getStyleClass().add("title-4");
        var whyTitle = new Label("Why it works");
        whyTitle.getStyleClass().add("title-4");
        var box = new VBox(12, back, title, meta, actions, message, paceRow, paceError, effectTitle, effect,
                stepsTitle, steps, whyTitle, why, source, cautions);
        box.setPadding(new Insets(24));
        box.setMaxWidth(820);
        box.getStyleClass().add("page");
        return box;
    }

    private void show(Exercise ex) {
        if (ex == null) {
            return;
        }
        title.setText(ex.name());
        String rhythm = ex.hasPacer() ? " · " + ex.pattern().rhythmText() : "";
        meta.setText(ex.category().label() + " · about " + PaceRange.text(ex.durationMinutes()) + " min"
                + rhythm);
        steps.getChildren().clear();
        for (int i = 0; i < ex.steps().size(); i++) {
            var step = new Label((i + 1) + ". " + ex.steps().get(i));
            step.setWrapText(true);
            steps.getChildren().add(step);
        }
        why.setText(ex.whyItWorks());
        source.setText("Source: " + ex.source());
        cautions.getChildren().clear();
        for (String c : ex.cautions()) {
            var caution = new Label("⚠ " + c);
            caution.setWrapText(true);
            caution.getStyleClass().add("exercise-caution");
            cautions.getChildren().add(caution);
        }
        paceRow.setVisible(ex.hasPacer());
        paceRow.setManaged(ex.hasPacer());
        if (ex.hasPacer()) {
            paceRange.setText("from " + PaceRange.text(ex.paceRange().min()) + " to "
                    + PaceRange.text(ex.paceRange().max()));
            paceRange.getStyleClass().setAll("label", "hint");
        }
        edit.setVisible(ex.ownPattern());
        edit.setManaged(ex.ownPattern());
    }
}
