package coregulate.ui.suggestions;

import coregulate.service.suggest.CrisisResources;
import coregulate.service.suggest.SuggestionService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/** Settings section: every rule in plain words, and the crisis contacts to edit for your country. */
public final class RulesView extends VBox {
    public RulesView(SuggestionService suggestions, CrisisResources crisis, UiTasks tasks, AppState state) {
        super(8);
        var title = new Label("How suggestions are made");
        title.getStyleClass().add("title-3");
        var intro = new Label("Suggestions come from these rules, then move up or down with your own before-and-after "
                + "ratings. A new partner starts from the rules' order.");
        intro.setWrapText(true);
        var rules = new VBox(4);
        rules.setId("rules-list");
        var crisisTitle = new Label("Crisis contacts");
        crisisTitle.getStyleClass().add("title-3");
        var crisisHint = new Label("Shown first when distress is very high. One per line: name | number | when you last "
                + "checked it. Please check the numbers for your country.");
        crisisHint.setWrapText(true);
        crisisHint.getStyleClass().add("hint");
        var editor = new TextArea();
        editor.setId("crisis-editor");
        editor.setPrefRowCount(7);
        var save = new Button("Save contacts");
        save.setId("crisis-save");
        var result = new Label();
        result.setId("crisis-result");
        result.setWrapText(true);
        save.setOnAction(e -> {
            try {
                var contacts = CrisisResources.parseLines(editor.getText());
                tasks.run(() -> crisis.save(contacts), () -> {
                    result.setText("Saved.");
                    state.dataChanged();
                }, ex -> result.setText(UiTasks.message(ex)));
            } catch (IllegalArgumentException ex) {
                result.setText(ex.getMessage());
            }
        });
        getChildren().addAll(title, intro, rules, crisisTitle, crisisHint, editor, save, result);
        tasks.run(() -> suggestions.rules().describe(), lines -> lines.forEach(line -> {
            var label = new Label("• " + line);
            label.setWrapText(true);
            rules.getChildren().add(label);
        }), e -> rules.getChildren().add(new Label(UiTasks.message(e))));
        tasks.run(crisis::list, list -> editor.setText(list.stream()
                .map(c -> c.name() + " | " + c.number() + " | " + c.checked()).collect(Collectors.joining("\n"))),
                state::reportProblem);
    }
}
