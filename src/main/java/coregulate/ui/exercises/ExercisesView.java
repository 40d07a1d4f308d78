package coregulate.ui.exercises;

import coregulate.breathing.Category;
import coregulate.breathing.Exercise;
import coregulate.domain.ArousalState;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Exercises page: the library to browse, an exercise's own page, a running session, or the pattern form. */
public final class ExercisesView extends StackPane {
    private final ExercisesViewModel vm;
    private final Node browse;
    private final Node page;
    private final Node session;
    private final Node editor;

    public ExercisesView(ExercisesViewModel vm, PatternEditorViewModel editorVm, ExercisePageView page,
                         SessionView session) {
        this.vm = vm;
        this.browse = createBrowse(editorVm);
        this.page = page;
        this.session = session;
        this.editor = new PatternEditorView(editorVm);
        getStylesheets().add(getClass().getResource("/coregulate/ui/exercises.css").toExternalForm());
        getChildren().addAll(browse, page, session, editor);
        vm.screenProperty().addListener((obs, o, s) -> show(s));
        show(vm.screenProperty().get());
    }

    private void show(ExercisesViewModel.Screen screen) {
        browse.setVisible(screen == ExercisesViewModel.Screen.BROWSE);
        page.setVisible(screen == ExercisesViewModel.Screen.PAGE);
        session.setVisible(screen == ExercisesViewModel.Screen.SESSION);
        editor.setVisible(screen == ExercisesViewModel.Screen.EDITOR);
        if (screen == ExercisesViewModel.Screen.SESSION) {
            session.requestFocus();
        }
    }

    private Node createBrowse(PatternEditorViewModel editorVm) {
        var title = new Label("Exercises");
        title.getStyleClass().add("title-2");
        var intro = new Label("Calming exercises for each state. Open one to read its steps and why it helps, "
                + "or press Ctrl+B from anywhere to start breathing at once.");
        intro.setWrapText(true);

        var state = new ComboBox<ArousalState>();
        state.setId("filter-state");
        state.getItems().add(null);
        state.getItems().addAll(ArousalState.values());
        state.setConverter(converter(s -> s == null ? "Any state" : "For: " + s.label().toLowerCase()));
        state.setPromptText("Any state");
        state.valueProperty().bindBidirectional(vm.arousalProperty());

        var category = new ComboBox<Category>();
        category.setId("filter-category");
        category.getItems().add(null);
        category.getItems().addAll(Category.values());
        category.setConverter(converter(c -> c == null ? "All kinds" : c.label()));
        category.setPromptText("All kinds");
        category.valueProperty().bindBidirectional(vm.categoryProperty());

        var search = new TextField();
        search.setId("filter-search");
        search.setPromptText("Search by name");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        var newPattern = new Button("New breathing pattern");
        newPattern.setId("new-pattern");
        newPattern.setOnAction(e -> {
            editorVm.startNew();
            vm.screenProperty().set(ExercisesViewModel.Screen.EDITOR);
        });
        var filters = new HBox(8, state, category, search, newPattern);
        filters.setAlignment(Pos.CENTER_LEFT);

        var list = new ListView<>(vm.shown());
        list.setId("exercise-list");
        list.setCellFactory(v -> new ExerciseCell());
        list.setOnMouseClicked(e -> {
            var ex = list.getSelectionModel().getSelectedItem();
            if (ex != null) {
                vm.open(ex.id());
            }
        });
        list.setOnKeyPressed(e -> {
            var ex = list.getSelectionModel().getSelectedItem();
            if (ex != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                vm.open(ex.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        var empty = new Label("No exercise matches these filters.");
        empty.getStyleClass().add("hint");
        list.setPlaceholder(empty);

        var message = new Label();
        message.setId("exercises-message");
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(Bindings.isNotEmpty(vm.messageProperty()));

        var box = new VBox(12, title, intro, filters, message, list);
        box.setPadding(new Insets(24));
        box.getStyleClass().add("page");
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** One row: the name, its kind and length, and a star when it is a favourite. */
    private final class ExerciseCell extends ListCell<Exercise> {
        @Override
        protected void updateItem(Exercise ex, boolean empty) {
            super.updateItem(ex, empty);
            if (empty || ex == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            var name = new Label((vm.favourites().contains(ex.id()) ? "★ " : "") + ex.name());
            name.getStyleClass().add("exercise-name");
            String minutes = ex.durationMinutes() == Math.rint(ex.durationMinutes())
                    ? String.valueOf((long) ex.durationMinutes()) : String.valueOf(ex.durationMinutes());
            var detail = new Label(ex.category().label() + " · about " + minutes + " min · for "
                    + String.join(", ", ex.states().stream().map(s -> s.label().toLowerCase()).toList())
                    + (ex.ownPattern() ? " · your own pattern" : ""));
            detail.getStyleClass().add("hint");
            setText(null);
            setGraphic(new VBox(2, name, detail));
        }
    }
}
