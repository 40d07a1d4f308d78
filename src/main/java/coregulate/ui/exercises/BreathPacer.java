package coregulate.ui.exercises;

import coregulate.breathing.BreathMoment;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The breathing pacer: shows one {@link BreathMoment} (a shape that follows the breath, the phase in words
 * with a seconds count, and the time left). It keeps no time of its own: whoever owns it sets the moment,
 * computed from a monotonic clock, so the picture is only ever a rendering of the schedule.
 */
public final class BreathPacer extends Control {
    private final ObjectProperty<BreathMoment> moment = new SimpleObjectProperty<>(this, "moment");
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty(this, "reducedMotion");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");
    private final StringProperty names = new SimpleStringProperty(this, "names", "");

    public BreathPacer() {
        getStyleClass().add("breath-pacer");
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new BreathPacerSkin(this);
    }

    public ObjectProperty<BreathMoment> momentProperty() {
        return moment;
    }

    public BreathMoment getMoment() {
        return moment.get();
    }

    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    /** Who is breathing: one name, or both when partners breathe together. */
    public StringProperty namesProperty() {
        return names;
    }
}
