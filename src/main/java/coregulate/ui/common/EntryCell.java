package coregulate.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A list cell for one entry: its lines, then Edit and Delete when the entry is the viewer's own. Entries keep
 * the list's width, so nothing hides behind a sideways scroll.
 */
public abstract class EntryCell<T> extends ListCell<T> {
    private final String stylePrefix;

    protected EntryCell(String stylePrefix) {
        this.stylePrefix = stylePrefix;
    }

    /** The entry's lines of text. */
    protected abstract VBox content(T item);

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
        var box = content(item);
        if (editable(item)) {
            var edit = new Button("Edit");
            edit.getStyleClass().add(stylePrefix + "-edit");
            edit.setOnAction(e -> edit(item));
            var delete = new Button("Delete");
            delete.getStyleClass().add(stylePrefix + "-delete");
            delete.setOnAction(e -> delete(item));
            box.getChildren().add(new HBox(6, edit, delete));
        }
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
        box.prefWidthProperty().bind(box.maxWidthProperty());
        setGraphic(box);
    }
}
