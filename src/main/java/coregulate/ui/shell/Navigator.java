package coregulate.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Which page is shown. Any screen may ask to go elsewhere; the main window follows this property. */
public final class Navigator {
    private final ObjectProperty<Page> current = new SimpleObjectProperty<>(Page.TODAY);

    public ObjectProperty<Page> currentProperty() {
        return current;
    }

    public void show(Page page) {
        current.set(page);
    }
}
