package coregulate.ui.checkin;

import coregulate.domain.ArousalState;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The history list: a virtualised list, so years of entries scroll smoothly. */
public final class HistoryView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private final HistoryViewModel vm;
    private final Consumer<CheckIn> onEdit;
    private final ZoneId zone;

    public HistoryView(HistoryViewModel vm, Consumer<CheckIn> onEdit, ZoneId zone) {
        super(8);
        this.vm = vm;
        this.onEdit = onEdit;
        this.zone = zone;
        createView();
    }

    private void createView() {
        var title = new Label("History");
        title.getStyleClass().add("title-3");
        var whose = new ComboBox<HistoryViewModel.Whose>();
        whose.setId("history-whose");
        whose.getItems().setAll(HistoryViewModel.Whose.values());
        whose.valueProperty().bindBidirectional(vm.whoseProperty());
        whose.setConverter(converter(w -> switch (w) {
            case BOTH -> "Both of us";
            case MINE -> "Mine";
            case PARTNERS -> "My partner's (shared)";
        }));
        var stateBox = new ComboBox<ArousalState>();
        stateBox.setId("history-state");
        stateBox.getItems().add(null);
        stateBox.getItems().addAll(ArousalState.values());
        stateBox.valueProperty().bindBidirectional(vm.stateFilterProperty());
        stateBox.setConverter(converter(s -> s == null ? "Any state" : s.label()));
        stateBox.setPromptText("Any state");
        var from = new DatePicker();
        from.setId("history-from");
        from.setPromptText("From");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        var to = new DatePicker();
        to.setId("history-to");
        to.setPromptText("To");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.toProperty());
        var filters = new FlowPane(6, 6, whose, stateBox, from, to);

        var message = new Label();
        message.setId("history-message");
        message.textProperty().bind(vm.messageProperty());
        var undo = new Button("Undo");
        undo.setId("history-undo");
        undo.visibleProperty().bind(vm.lastDeletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undoDelete());
        var status = new HBox(8, message, undo);
        status.setAlignment(Pos.CENTER_LEFT);

        var list = new ListView<CheckIn>(vm.entries());
        list.setId("history-list");
        list.setCellFactory(lv -> new EntryCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        var more = new Button("Show older check-ins");
        more.setId("history-more");
        more.visibleProperty().bind(vm.moreAvailableProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.showMore());
        getChildren().addAll(title, filters, status, list, more);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** One entry: when, whose, the level in words, the flooding mark, a note preview and, if mine, edit/delete. */
    private final class EntryCell extends coregulate.ui.common.EntryCell<CheckIn> {
        EntryCell() {
            super("history");
        }

        @Override
        protected java.util.List<Line> lines(CheckIn c) {
            String tags = (c.meta().visibility() == Visibility.SHARED ? "Shared" : "Private")
                    + (c.pulse() != null ? " · pulse " + c.pulse() : "");
            String note = c.note().isBlank() ? null
                    : c.note().length() > 160 ? c.note().substring(0, 160) + "…" : c.note();
            return java.util.List.of(
                    new Line(WHEN.format(c.at().atZone(zone)) + " · " + vm.authorName(c), "text-bold", false),
                    new Line(CheckInFormViewModel.describe(c.arousal()), null, true),
                    new Line(tags, "entry-tag", false),
                    new Line(c.possibleFlooding(vm.restingPulseOf(c)) ? "Possible flooding" : null, "flooding-mark", false),
                    new Line(note, null, true));
        }

        @Override
        protected boolean editable(CheckIn c) {
            return vm.isMine(c);
        }

        @Override
        protected void edit(CheckIn c) {
            onEdit.accept(c);
        }

        @Override
        protected void delete(CheckIn c) {
            vm.delete(c);
        }
    }
}
