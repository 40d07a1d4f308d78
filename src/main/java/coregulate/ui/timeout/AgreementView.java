package coregulate.ui.timeout;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The agreement, written together at a calm time, with its safety note. */
final class AgreementView extends VBox {
    AgreementView(AgreementViewModel vm, javafx.beans.Observable currentPartner, String firstName, String secondName) {
        super(10);
        var title = new Label("Our time-out agreement");
        title.getStyleClass().add("title-3");
        var safety = new Label("A time-out is for relationships without violence or fear. If you are afraid of your "
                + "partner, or there is abuse or coercion, please reach a domestic-violence service instead: the local "
                + "emergency number (112 in the EU, 911 in the US and Canada, 999 in the UK), in the US the National "
                + "Domestic Violence Hotline 1-800-799-7233, in the UK Refuge 0808 2000 247.");
        safety.setId("agreement-safety");
        safety.setWrapText(true);
        safety.getStyleClass().add("disclaimer");
        var status = new Label();
        status.setId("agreement-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        var labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        int r = 0;
        grid.addRow(r++, new Label("Signal (words)"), field("agreement-words", vm.signalWordsProperty(),
                "e.g. I'm flooding, I need a pause"));
        grid.addRow(r++, new Label("Signal (gesture)"), field("agreement-gesture", vm.signalGestureProperty(),
                "e.g. a T made with the hands"));
        grid.addRow(r++, new Label("Break, minutes"), field("agreement-break", vm.breakMinutesProperty(), "at least 20"));
        grid.addRow(r++, new Label("Come back within, hours"), field("agreement-return", vm.returnHoursProperty(), "at most 24"));
        grid.addRow(r++, new Label(firstName + " will"), area("agreement-first", vm.firstPlanProperty(),
                "where you go and what you do to soothe, e.g. walk round the park"));
        grid.addRow(r++, new Label(secondName + " will"), area("agreement-second", vm.secondPlanProperty(),
                "e.g. make tea and breathe on the balcony"));
        grid.addRow(r, new Label("How we restart"), area("agreement-restart", vm.restartProperty(),
                "e.g. each begins with something we appreciate"));

        var problem = new Label();
        problem.setId("agreement-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problem());
        var save = new Button("Save this version");
        save.setId("agreement-save");
        save.disableProperty().bind(vm.problem().isNotEmpty());
        save.setOnAction(e -> vm.propose());
        var confirm = new Button("I've read it and I agree");
        confirm.setId("agreement-confirm");
        confirm.getStyleClass().add("accent");
        var mayConfirm = Bindings.createBooleanBinding(vm::currentMayConfirm, vm.latestProperty(), vm.statusProperty(),
                currentPartner);
        confirm.visibleProperty().bind(mayConfirm);
        confirm.managedProperty().bind(mayConfirm);
        confirm.setOnAction(e -> vm.confirm());
        var result = new Label();
        result.setId("agreement-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        getChildren().addAll(title, safety, status, grid, problem, new HBox(8, save, confirm), result);
    }

    private static TextField field(String id, StringProperty property, String prompt) {
        var f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static TextArea area(String id, StringProperty property, String prompt) {
        var a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setPrefRowCount(2);
        a.setWrapText(true);
        a.textProperty().bindBidirectional(property);
        return a;
    }
}
