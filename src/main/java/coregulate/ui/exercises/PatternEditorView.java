package coregulate.ui.exercises;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The form for a partner's own breathing pattern, with each problem shown next to its field. */
final class PatternEditorView extends ScrollPane {
    private final PatternEditorViewModel vm;
    private final GridPane grid = new GridPane();
    private int row;

    PatternEditorView(PatternEditorViewModel vm) {
        this.vm = vm;
        setFitToWidth(true);
        var title = new Label();
        title.getStyleClass().add("title-2");
        title.textProperty().bind(Bindings.when(vm.editingProperty()).then("Edit your pattern")
                .otherwise("A new breathing pattern"));
        var intro = new Label("Seconds go in steps of a quarter second. Leave a hold at 0 for none. A breath out "
                + "longer than the breath in tends to calm most.");
        intro.setWrapText(true);
        grid.setHgap(10);
        grid.setVgap(4);
        field("name", "Name", "");
        field("inhale", "Breathe in", "seconds");
        field("topUp", "Second short breath in", "seconds (0 for none)");
        field("holdIn", "Hold", "seconds");
        field("exhale", "Breathe out", "seconds");
        field("holdOut", "Rest", "seconds");
        var group = new ToggleGroup();
        var minutes = new RadioButton("minutes");
        minutes.setId("pattern-in-minutes");
        minutes.setToggleGroup(group);
        var breaths = new RadioButton("breaths");
        breaths.setId("pattern-in-breaths");
        breaths.setToggleGroup(group);
        minutes.setSelected(vm.inMinutesProperty().get());
        breaths.setSelected(!vm.inMinutesProperty().get());
        vm.inMinutesProperty().addListener((obs, o, m) -> (m ? minutes : breaths).setSelected(true));
        group.selectedToggleProperty().addListener((obs, o, t) -> vm.inMinutesProperty().set(t == minutes));
        field("length", "How long", null);
        grid.add(new HBox(8, minutes, breaths), 2, row - 2);

        var save = new Button("Save pattern");
        save.setId("pattern-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        var reason = new Label();
        reason.setId("pattern-save-reason");
        reason.getStyleClass().add("hint");
        reason.setWrapText(true);
        reason.textProperty().bind(vm.saveReasonProperty());
        var cancel = new Button("Cancel");
        cancel.setId("pattern-cancel");
        cancel.setOnAction(e -> vm.cancel());
        var delete = new Button("Delete pattern");
        delete.setId("pattern-delete");
        delete.getStyleClass().add("danger");
        delete.visibleProperty().bind(vm.editingProperty());
        delete.setOnAction(e -> vm.delete());
        var box = new VBox(12, title, intro, grid, new HBox(8, save, cancel, delete), reason);
        box.setPadding(new Insets(24));
        box.setMaxWidth(760);
        box.getStyleClass().add("page");
        setContent(box);
    }

    private void field(String key, String label, String unit) {
        var text = new TextField();
        text.setId("pattern-" + key);
        text.textProperty().bindBidirectional(vm.value(key));
        text.setPrefColumnCount(key.equals("name") ? 20 : 5);
        var error = new Label();
        error.setId("pattern-" + key + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.error(key));
        error.managedProperty().bind(Bindings.isNotEmpty(vm.error(key)));
        grid.add(new Label(label), 0, row);
        grid.add(text, 1, row);
        if (unit != null) {
            grid.add(new Label(unit), 2, row);
        }
        row++;
        grid.add(error, 1, row, 2, 1);
        row++;
    }
}
