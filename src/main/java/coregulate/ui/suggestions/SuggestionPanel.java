package coregulate.ui.suggestions;

import coregulate.rules.Suggestions;
import coregulate.ui.ExerciseLauncher;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Two or three exercises with their reasons; crisis contacts first when distress is very high. */
public final class SuggestionPanel extends VBox {
    private final SuggestionPanelViewModel vm;
    private final ExerciseLauncher launcher;
    private final Runnable callTimeOut;
    private final VBox content = new VBox(10);

    public SuggestionPanel(SuggestionPanelViewModel vm, ExerciseLauncher launcher, Runnable callTimeOut, String idPrefix) {
        super(10);
        this.vm = vm;
        this.launcher = launcher;
        this.callTimeOut = callTimeOut;
        setId(idPrefix + "-suggestions");
        getStyleClass().add("suggestions");
        var title = new Label("Might help now");
        title.getStyleClass().add("title-4");
        var unsafe = new CheckBox("I don't feel safe");
        unsafe.getStyleClass().add("suggestion-unsafe");
        unsafe.selectedProperty().bindBidirectional(vm.feelsUnsafeProperty());
        var message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(title, content, unsafe, message);
        vm.currentProperty().addListener((o, a, s) -> show(s));
        vm.reload();
    }

    private void show(Suggestions s) {
        content.getChildren().clear();
        if (s == null) {
            return;
        }
        if (s.showCrisisResources()) {
            var box = new VBox(4);
            box.getStyleClass().addAll("crisis", "suggestion-crisis");
            var head = new Label("If you are in danger or might hurt yourself, please reach out now:");
            head.getStyleClass().add("text-bold");
            head.setWrapText(true);
            box.getChildren().add(head);
            for (var c : vm.contactsProperty().get()) {
                box.getChildren().add(new Label(c.name() + ": " + c.number()
                        + (c.checked().isBlank() ? "" : "  (checked " + c.checked() + ")")));
            }
            var notTherapy = new Label("Coregulate is not therapy and cannot help in an emergency. A person can.");
            notTherapy.setWrapText(true);
            box.getChildren().add(notTherapy);
            content.getChildren().add(box);
        }
        s.timeOutReminder().ifPresent(text -> {
            var reminder = new Label(text);
            reminder.setWrapText(true);
            reminder.getStyleClass().add("suggestion-reminder");
            var call = new Button("Call a time-out");
            call.getStyleClass().add("suggestion-call-time-out");
            call.setOnAction(e -> callTimeOut.run());
            content.getChildren().add(new VBox(4, reminder, call));
        });
        for (var suggestion : s.ranked()) {
            var name = new Label(suggestion.name());
            name.getStyleClass().add("text-bold");
            var reason = new Label(suggestion.reason());
            reason.setWrapText(true);
            reason.getStyleClass().add("suggestion-reason");
            var start = new Button("Start");
            start.getStyleClass().addAll("accent", "suggestion-start");
            start.setOnAction(e -> launcher.start(suggestion.exerciseId()));
            var read = new Button("Read more");
            read.setOnAction(e -> launcher.open(suggestion.exerciseId()));
            var item = new VBox(3, name, reason);
            suggestion.evidence().ifPresent(ev -> {
                var evidence = new Label("From your own ratings: " + ev + ".");
                evidence.setWrapText(true);
                evidence.getStyleClass().add("hint");
                item.getChildren().add(evidence);
            });
            item.getChildren().add(new HBox(6, start, read));
            item.getStyleClass().add("suggestion");
            content.getChildren().add(item);
        }
    }
}
