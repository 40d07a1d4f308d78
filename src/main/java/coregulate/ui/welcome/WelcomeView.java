package coregulate.ui.welcome;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** The short first-run welcome: what Coregulate is and is not, then the two partners. */
public final class WelcomeView extends ScrollPane {
    private final WelcomeViewModel vm;
    private final Button start = new Button("Start together");

    private final Runnable exploreSample;

    public WelcomeView(WelcomeViewModel vm, Runnable exploreSample) {
        this.vm = vm;
        this.exploreSample = exploreSample;
        createView();
    }

    private void createView() {
        var title = new Label("Welcome to Coregulate");
        title.getStyleClass().add("title-1");
        var what = new Label("Coregulate helps the two of you notice when your nervous systems are dysregulated, "
                + "pause before a talk turns into a fight, and find your way back to calm together.");
        what.setWrapText(true);
        var notWhat = new Label("It is a wellbeing companion, not therapy and not a medical device. If you are in "
                + "danger or afraid of your partner, please contact your local emergency number or a "
                + "domestic-violence service instead.");
        notWhat.setWrapText(true);
        notWhat.getStyleClass().add("disclaimer");
        var privacy = new Label("Everything you write stays private to you unless you choose to share it. "
                + "Each using your own computer? Start here with both your names on each, then pair them in "
                + "Settings, Two computers.");
        privacy.setWrapText(true);

        var forms = new HBox(24,
                partnerForm("First partner", "first", vm.firstNameProperty(), vm.firstNameProblem(),
                        vm.firstPronounsProperty(), vm.firstPronounsProblem(), vm.firstColourProperty()),
                partnerForm("Second partner", "second", vm.secondNameProperty(), vm.secondNameProblem(),
                        vm.secondPronounsProperty(), vm.secondPronounsProblem(), vm.secondColourProperty()));

        start.setId("welcome-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canStart().not());
        start.setOnAction(e -> vm.start());
        var why = new Label();
        why.setId("welcome-why");
        why.getStyleClass().add("hint");
        why.textProperty().bind(vm.whyCannotStart());
        var error = new Label();
        error.setId("welcome-error");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(vm.saveErrorProperty());
        error.setWrapText(true);

        var explore = new Button("Explore with a sample couple first");
        explore.setId("welcome-explore");
        explore.setOnAction(e -> exploreSample.run());
        var exploreHint = new Label("Opens Maya and Jonas's three months in a separate folder; your own data stays empty "
                + "until you start.");
        exploreHint.getStyleClass().add("hint");
        exploreHint.setWrapText(true);
        var content = new VBox(16, title, what, notWhat, privacy, forms, new HBox(12, start, why), error,
                new javafx.scene.control.Separator(), explore, exploreHint);
        content.setPadding(new Insets(32));
        content.setMaxWidth(820);
        setContent(content);
        setFitToWidth(true);
    }

    private VBox partnerForm(String heading, String idPrefix, StringProperty name, StringBinding nameProblem,
                             StringProperty pronouns, StringBinding pronounsProblem, StringProperty colour) {
        var head = new Label(heading);
        head.getStyleClass().add("title-3");
        var nameField = new TextField();
        nameField.setId(idPrefix + "-name");
        nameField.setPromptText("Name or nickname");
        nameField.textProperty().bindBidirectional(name);
        var nameError = errorLabel(nameProblem, idPrefix + "-name-error");
        // An empty name is only pointed out once the person has left the field; a too-long one at once.
        var touched = new javafx.beans.property.SimpleBooleanProperty();
        nameField.focusedProperty().addListener((obs, was, is) -> touched.set(touched.get() || was));
        nameError.visibleProperty().bind(touched.or(name.isNotEmpty()));
        var pronounsField = new TextField();
        pronounsField.setId(idPrefix + "-pronouns");
        pronounsField.setPromptText("Pronouns (optional)");
        pronounsField.textProperty().bindBidirectional(pronouns);
        var pronounsError = errorLabel(pronounsProblem, idPrefix + "-pronouns-error");
        var picker = new ColorPicker(Color.web(colour.get()));
        picker.setId(idPrefix + "-colour");
        picker.valueProperty().addListener((obs, old, c) -> colour.set(toHex(c)));
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Name"), nameField);
        grid.add(nameError, 1, 1);
        grid.addRow(2, new Label("Pronouns"), pronounsField);
        grid.add(pronounsError, 1, 3);
        grid.addRow(4, new Label("Colour"), picker);
        return new VBox(8, head, grid);
    }

    private static Label errorLabel(StringBinding problem, String id) {
        var label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setMaxWidth(260);
        label.textProperty().bind(problem);
        label.managedProperty().bind(label.visibleProperty().and(problem.isNotEmpty()));
        return label;
    }

    private static String toHex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
