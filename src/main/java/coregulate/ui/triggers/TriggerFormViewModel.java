package coregulate.ui.triggers;

import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.Reaction;
import coregulate.domain.checkin.Trigger;
import coregulate.domain.checkin.TriggerCategory;
import coregulate.service.checkin.TriggerService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Logging (or changing) one trigger. */
public final class TriggerFormViewModel {
    private final AppState state;
    private final TriggerService triggers;
    private final UiTasks tasks;
    private final ZoneId zone;
    private final java.time.Clock clock;

    // Properties
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<TriggerCategory> category = new SimpleObjectProperty<>();
    private final StringProperty customCategory = new SimpleStringProperty("");
    private final IntegerProperty intensity = new SimpleIntegerProperty(5);
    private final ObjectProperty<Reaction> reaction = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty context = new SimpleStringProperty("");
    private final StringProperty whatHelped = new SimpleStringProperty("");
    private final BooleanProperty shared = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<CheckIn> linkedCheckIn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Trigger> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final BooleanProperty saving = new SimpleBooleanProperty();

    private final StringBinding titleProblem = Bindings.createStringBinding(() -> {
        String t = title.get();
        if (t.isBlank()) {
            return "A few words on what happened, please.";
        }
        return t.codePointCount(0, t.length()) > Trigger.TITLE_MAX
                ? "Please keep the title to " + Trigger.TITLE_MAX + " characters." : "";
    }, title);
    private final StringBinding timeProblem = Bindings.createStringBinding(() -> {
        if (time.get().isBlank()) {
            return "";
        }
        try {
            LocalTime.parse(time.get().strip());
            return "";
        } catch (DateTimeParseException e) {
            return "Time as hours:minutes, like 18:30.";
        }
    }, time);
    private final StringBinding textProblem = Bindings.createStringBinding(
            () -> context.get().length() > Trigger.TEXT_MAX || whatHelped.get().length() > Trigger.TEXT_MAX
                    ? "Please keep each text to " + Trigger.TEXT_MAX + " characters." : "", context, whatHelped);
    private final StringBinding whyCannotSave = Bindings.createStringBinding(() -> {
        if (saving.get()) {
            return "Saving…";
        }
        if (!titleProblem.get().isEmpty()) {
            return titleProblem.get();
        }
        if (category.get() == null) {
            return "Pick a category.";
        }
        return !timeProblem.get().isEmpty() ? timeProblem.get() : textProblem.get();
    }, titleProblem, category, timeProblem, textProblem, saving);

    public TriggerFormViewModel(AppState state, TriggerService triggers, UiTasks tasks, java.time.Clock clock) {
        this.state = state;
        this.triggers = triggers;
        this.tasks = tasks;
        this.clock = clock;
        this.zone = clock.getZone();
        state.currentPartnerProperty().addListener((obs, o, n) -> clear());
    }

    public StringProperty titleProperty() { return title; }
    public ObjectProperty<TriggerCategory> categoryProperty() { return category; }
    public StringProperty customCategoryProperty() { return customCategory; }
    public IntegerProperty intensityProperty() { return intensity; }
    public ObjectProperty<Reaction> reactionProperty() { return reaction; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty timeProperty() { return time; }
    public StringProperty contextProperty() { return context; }
    public StringProperty whatHelpedProperty() { return whatHelped; }
    public BooleanProperty sharedProperty() { return shared; }
    public ReadOnlyObjectProperty<CheckIn> linkedCheckInProperty() { return linkedCheckIn.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Trigger> editingProperty() { return editing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public StringBinding titleProblem() { return titleProblem; }
    public StringBinding timeProblem() { return timeProblem; }
    public StringBinding textProblem() { return textProblem; }
    public StringBinding whyCannotSave() { return whyCannotSave; }

    // Commands

    /** Starts a trigger linked to a check-in that moved out of the window, at that check-in's time. */
    public void startFrom(CheckIn checkIn) {
        clear();
        linkedCheckIn.set(checkIn);
        var at = checkIn.at().atZone(zone);
        date.set(at.toLocalDate());
        time.set(String.format("%02d:%02d", at.getHour(), at.getMinute()));
        result.set("Linked to your check-in. What set it off?");
    }

    public void unlink() {
        linkedCheckIn.set(null);
    }

    public void edit(Trigger t) {
        clear();
        editing.set(t);
        title.set(t.title());
        category.set(t.category());
        customCategory.set(t.customCategory());
        intensity.set(t.intensity());
        reaction.set(t.reaction());
        var at = t.at().atZone(zone);
        date.set(at.toLocalDate());
        time.set(String.format("%02d:%02d", at.getHour(), at.getMinute()));
        context.set(t.context());
        whatHelped.set(t.whatHelped());
        shared.set(t.meta().visibility() == Visibility.SHARED);
    }

    private Instant when() {
        if (date.get() == null && time.get().isBlank()) {
            return null;
        }
        var day = date.get() != null ? date.get() : LocalDate.now(clock);
        var at = time.get().isBlank() ? LocalTime.NOON : LocalTime.parse(time.get().strip());
        return day.atTime(at).atZone(zone).toInstant();
    }

    public void save() {
        if (!whyCannotSave.get().isEmpty()) {
            result.set(whyCannotSave.get());
            return;
        }
        var author = state.currentPartner().id();
        var existing = editing.get();
        var visibility = shared.get() ? Visibility.SHARED : Visibility.PRIVATE;
        var meta = existing == null
                ? new RecordMeta(UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, author, UUID.randomUUID(), visibility)
                : existing.meta().withVisibility(visibility, existing.meta().updatedAt());
        Instant at = when();
        var linked = existing != null ? existing.checkInId()
                : linkedCheckIn.get() == null ? null : linkedCheckIn.get().meta().id();
        var draft = new Trigger(meta, at == null && existing != null ? existing.at() : at, title.get().strip(),
                category.get(), customCategory.get().strip(), intensity.get(), reaction.get(), context.get(),
                whatHelped.get(), linked);
        saving.set(true);
        tasks.run(() -> existing == null ? triggers.record(author, draft) : triggers.update(author, draft), saved -> {
            saving.set(false);
            clear();
            result.set(existing == null ? "Logged. Noticing what sets you off is a real step." : "Changes saved.");
            state.dataChanged();
        }, e -> {
            saving.set(false);
            result.set("Not saved: " + UiTasks.message(e));
        });
    }

    public void clear() {
        editing.set(null);
        linkedCheckIn.set(null);
        title.set("");
        category.set(null);
        customCategory.set("");
        intensity.set(5);
        reaction.set(null);
        date.set(null);
        time.set("");
        context.set("");
        whatHelped.set("");
        shared.set(false);
        result.set("");
    }
}
