package coregulate.ui;

import coregulate.domain.Couple;
import coregulate.domain.Partner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State shared by every screen, read and written on the FX thread only. Screens that show stored data listen
 * to {@code dataVersion}, which is bumped after every save, instead of polling.
 */
public final class AppState {
    private final ObjectProperty<Couple> couple = new SimpleObjectProperty<>();
    private final ObjectProperty<Partner> currentPartner = new SimpleObjectProperty<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final IntegerProperty dataVersion = new SimpleIntegerProperty();
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final StringProperty pairedWith = new SimpleStringProperty("");

    public ObjectProperty<Couple> coupleProperty() {
        return couple;
    }

    public ObjectProperty<Partner> currentPartnerProperty() {
        return currentPartner;
    }

    public Partner currentPartner() {
        return currentPartner.get();
    }

    /** The partner who is not using the window now. */
    public Partner otherPartner() {
        return couple.get().otherThan(currentPartner.get().id());
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public IntegerProperty dataVersionProperty() {
        return dataVersion;
    }

    /** Call after any change to stored data, so that every visible screen refreshes. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    /** "Paired with Sam's computer." while this computer shares a couple folder; empty otherwise. */
    public StringProperty pairedWithProperty() {
        return pairedWith;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

    /** Shows a failure to the person, in the window's footer. */
    public void reportProblem(Throwable e) {
        statusMessage.set(coregulate.ui.common.UiTasks.message(e));
    }
}
