package coregulate.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Settings section: the current partner's details. */
public final class PartnerDetailsView extends VBox {
    private final PartnerDetailsViewModel vm;

    public PartnerDetailsView(PartnerDetailsViewModel vm) {
        super(8);
        this.vm = vm;
        createView();
    }

    private void createView() {
        var heading = new Label("About you");
        heading.getStyleClass().add("title-3");
        var name = field("settings-name", vm.nameProperty(), "Name or nickname");
        var pronouns = field("settings-pronouns", vm.pronounsProperty(), "optional");
        var pulse = field("settings-resting-pulse", vm.restingPulseProperty(), "e.g. 64");
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), name, error("", vm.nameProblem()));
        grid.addRow(1, new Label("Pronouns"), pronouns);
        grid.addRow(2, new Label("Resting pulse"), pulse, error("", vm.pulseProblem()));
        var hint = new Label("Your resting pulse, measured sitting quietly in the morning, lets Coregulate notice "
                + "when your heart is about 10% above it, a sign of flooding. Leave it empty if you don't know it.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        var save = new Button("Save details");
        save.setId("settings-save-details");
        save.disableProperty().bind(vm.whyCannotSave().isNotEmpty());
        save.setOnAction(e -> vm.save());
        var result = new Label();
        result.setId("settings-details-result");
        result.textProperty().bind(vm.resultProperty());
        getChildren().addAll(heading, grid, hint, save, result);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property, String prompt) {
        var field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label error(String initial, javafx.beans.binding.StringBinding problem) {
        var label = new Label(initial);
        label.getStyleClass().add("field-error");
        label.textProperty().bind(problem);
        return label;
    }
}
