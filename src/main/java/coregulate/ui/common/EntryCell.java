package coregulate.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A list cell for one entry: its lines, then Edit and Delete when the entry is the viewer's own. Entries keep
 * the list's width, so nothing hides behind a sideways scroll.
 *
 * <p>A cell keeps its labels and buttons and only changes their text when it shows another entry: years of
 * entries scroll a row per frame, and building and styling new nodes for each row would cost frames. Lines and
 * buttons an entry does not have are taken out of the cell, not just hidden.
 */
public abstract class EntryCell<T> extends ListCell<T> {
    private final String stylePrefix;
    private final VBox box = new VBox(2);
    private final List<Label> labels = new ArrayList<>();
    private HBox actions;

    protected EntryCell(String stylePrefix) {
        this.stylePrefix = stylePrefix;
    }

    /**
     * One line of an entry, always in the same place for a kind of entry.
     *
     * @param text       the line, or null when this entry has none
     * @param styleClass a style class for the line, or null
     * @param wrap       whether long text wraps
     */
    public record Line(String text, String styleClass, boolean wrap) {
    }

    /** The entry's lines, the same number and kinds for every entry (absent ones with null text). */
    protected abstract List<Line> lines(T item);

    protected abstract boolean editable(T item);

    protected abstract void edit(T item);

    protected abstract void delete(T item);

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        var lines = lines(item);
        var shown = new ArrayList<Node>(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var label = label(i, line);
            label.setText(line.text() == null ? "" : line.text());
            if (line.text() != null) {
                shown.add(label);
            }
        }
        if (editable(item)) {
            shown.add(actions());
        }
        if (!box.getChildren().equals(shown)) {
            box.getChildren().setAll(shown);
        }
        if (!box.maxWidthProperty().isBound()) {
            box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
            box.prefWidthProperty().bind(box.maxWidthProperty());
        }
        if (getGraphic() != box) {
            setGraphic(box);
        }
    }

    private Label label(int slot, Line line) {
        while (labels.size() <= slot) {
            labels.add(new Label());
        }
        var label = labels.get(slot);
        var classes = line.styleClass() == null ? List.of("label") : List.of("label", line.styleClass());
        if (!label.getStyleClass().equals(classes)) {
            label.getStyleClass().setAll(classes);
        }
        label.setWrapText(line.wrap());
        return label;
    }

    private HBox actions() {
        if (actions == null) {
            var edit = new Button("Edit");
            edit.getStyleClass().add(stylePrefix + "-edit");
            edit.setOnAction(e -> edit(getItem()));
            var delete = new Button("Delete");
            delete.getStyleClass().add(stylePrefix + "-delete");
            delete.setOnAction(e -> delete(getItem()));
            actions = new HBox(6, edit, delete);
        }
        return actions;
    }
}
