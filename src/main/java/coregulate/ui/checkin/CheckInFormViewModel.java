package coregulate.ui.checkin;

import coregulate.domain.ArousalState;
import coregulate.domain.BodySignal;
import coregulate.domain.Emotion;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.CheckInLimits;
import coregulate.service.checkin.CheckInService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.EnumSet;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The check-in form: arousal on the window-of-tolerance scale, body signals, emotions, optional measurements,
 * connection, a note and visibility. Problems are computed as the person types; Save says why it is disabled.
 */
public final class CheckInFormViewModel {
    private final AppState state;
    private final CheckInService checkIns;
    private final UiTasks tasks;
    private final Consumer<CheckIn> afterSave;

    // Properties
    private final ObjectProperty<Integer> arousal = new SimpleObjectProperty<>();
    private final ObservableSet<BodySignal> signals = FXCollections.observableSet(EnumSet.noneOf(BodySignal.class));
    private final ObservableList<String> customSignals = FXCollections.observableArrayList();
    private final ObservableSet<Emotion> emotions = FXCollections.observableSet(EnumSet.noneOf(Emotion.class));
    private final ObservableList<String> customEmotions = FXCollections.observableArrayList();
    private final ObservableList<String> knownSignals = FXCollections.observableArrayList();
    private final ObservableList<String> knownEmotions = FXCollections.observableArrayList();
    private final StringProperty pulse = new SimpleStringProperty("");
    private final StringProperty hrv = new SimpleStringProperty("");
    private final StringProperty sleep = new SimpleStringProperty("");
    private final IntegerProperty connection = new SimpleIntegerProperty(0);
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CheckIn> lastSaved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CheckIn> editing = new ReadOnlyObjectWrapper<>();

    private final StringBinding pulseProblem = Bindings.createStringBinding(
            () -> CheckInLimits.pulse(pulse.get()).problem(), pulse);
    private final StringBinding hrvProblem = Bindings.createStringBinding(
            () -> CheckInLimits.hrv(hrv.get()).problem(), hrv);
    private final StringBinding sleepProblem = Bindings.createStringBinding(
            () -> CheckInLimits.sleep(sleep.get()).problem(), sleep);
    private final StringBinding noteProblem = Bindings.createStringBinding(
            () -> CheckInLimits.noteProblem(note.get()).orElse(""), note);
    private final StringBinding noteCount = Bindings.createStringBinding(
            () -> note.get().codePointCount(0, note.get().length()) + " / " + CheckInLimits.NOTE_MAX, note);
    private final BooleanBinding flooding;
    private final StringBinding whyCannotSave = Bindings.createStringBinding(this::computeWhyCannotSave,
            arousal, pulseProblem, hrvProblem, sleepProblem, noteProblem, saving);

    public CheckInFormViewModel(AppState state, CheckInService checkIns, UiTasks tasks, Consumer<CheckIn> afterSave) {
        this.state = state;
        this.checkIns = checkIns;
        this.tasks = tasks;
        this.afterSave = afterSave;
        this.flooding = Bindings.createBooleanBinding(() -> {
            var parsed = CheckInLimits.pulse(pulse.get());
            var partner = state.currentPartner();
            return parsed.value() != null
                    && CheckIn.isFlooding(parsed.value(), partner == null ? null : partner.restingPulse());
        }, pulse, state.currentPartnerProperty());
        state.currentPartnerProperty().addListener((obs, old, p) -> {
            clear();
            lastSaved.set(null);
            loadOwnWords();
        });
        state.dataVersionProperty().addListener((obs, old, v) -> loadOwnWords());
    }

    private String computeWhyCannotSave() {
        if (saving.get()) {
            return "Saving…";
        }
        if (arousal.get() == null) {
            return "Pick where you are on the scale first (click it, or press a number key).";
        }
        for (var problem : new StringBinding[] {pulseProblem, hrvProblem, sleepProblem, noteProblem}) {
            if (!problem.get().isEmpty()) {
                return "Please fix the field marked below: " + problem.get();
            }
        }
        return "";
    }

    public ObjectProperty<Integer> arousalProperty() { return arousal; }
    public ObservableSet<BodySignal> signals() { return signals; }
    public ObservableList<String> customSignals() { return customSignals; }
    public ObservableSet<Emotion> emotions() { return emotions; }
    public ObservableList<String> customEmotions() { return customEmotions; }
    /** Words this partner used before: offered as ready choices. */
    public ObservableList<String> knownSignals() { return knownSignals; }
    public ObservableList<String> knownEmotions() { return knownEmotions; }
    public StringProperty pulseProperty() { return pulse; }
    public StringProperty hrvProperty() { return hrv; }
    public StringProperty sleepProperty() { return sleep; }
    public IntegerProperty connectionProperty() { return connection; }
    public StringProperty noteProperty() { return note; }
    public BooleanProperty sharedProperty() { return shared; }
    public StringBinding pulseProblem() { return pulseProblem; }
    public StringBinding hrvProblem() { return hrvProblem; }
    public StringBinding sleepProblem() { return sleepProblem; }
    public StringBinding noteProblem() { return noteProblem; }
    public StringBinding noteCount() { return noteCount; }
    public BooleanBinding flooding() { return flooding; }
    public StringBinding whyCannotSave() { return whyCannotSave; }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CheckIn> lastSavedProperty() { return lastSaved.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CheckIn> editingProperty() { return editing.getReadOnlyProperty(); }

    /** Words for the arousal level, e.g. "+3 · Activated: fight-or-flight: racing, on edge". */
    public static String describe(int level) {
        var s = ArousalState.ofLevel(level);
        return (level > 0 ? "+" : "") + level + " · " + s.label() + ": " + s.description();
    }

    // Commands

    public void loadOwnWords() {
        var partner = state.currentPartner();
        if (partner == null) {
            return;
        }
        tasks.run(() -> checkIns.ownWords(partner.id()), words -> {
            knownSignals.setAll(words.get(0));
            knownEmotions.setAll(words.get(1));
        }, state::reportProblem);
    }

    public void addCustomSignal(String text) {
        CheckInLimits.labelProblem(text).ifPresentOrElse(result::set, () -> {
            if (!customSignals.contains(text.strip())) {
                customSignals.add(text.strip());
            }
        });
    }

    public void addCustomEmotion(String text) {
        CheckInLimits.labelProblem(text).ifPresentOrElse(result::set, () -> {
            if (!customEmotions.contains(text.strip())) {
                customEmotions.add(text.strip());
            }
        });
    }

    /** Loads an existing check-in of the current partner into the form, to change it. */
    public void edit(CheckIn existing) {
        editing.set(existing);
        arousal.set(existing.arousal());
        signals.clear();
        signals.addAll(existing.signals());
        customSignals.setAll(existing.customSignals());
        emotions.clear();
        emotions.addAll(existing.emotions());
        customEmotions.setAll(existing.customEmotions());
        pulse.set(existing.pulse() == null ? "" : String.valueOf(existing.pulse()));
        hrv.set(existing.hrvMs() == null ? "" : trim(existing.hrvMs()));
        sleep.set(existing.sleepHours() == null ? "" : trim(existing.sleepHours()));
        connection.set(existing.connection() == null ? 0 : existing.connection());
        note.set(existing.note());
        shared.set(existing.meta().visibility() == Visibility.SHARED);
        result.set("Changing your check-in from earlier. Save keeps the changes.");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
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
                ? new coregulate.domain.RecordMeta(java.util.UUID.randomUUID(), java.time.Instant.EPOCH,
                        java.time.Instant.EPOCH, author, java.util.UUID.randomUUID(), visibility)
                : existing.meta().withVisibility(visibility, existing.meta().updatedAt());
        var draft = new CheckIn(meta, existing == null ? null : existing.at(), arousal.get(), signals,
                customSignals, emotions, customEmotions, CheckInLimits.pulse(pulse.get()).value(),
                CheckInLimits.hrv(hrv.get()).value(), CheckInLimits.sleep(sleep.get()).value(),
                connection.get() == 0 ? null : connection.get(), note.get());
        saving.set(true);
        tasks.run(() -> existing == null ? checkIns.record(author, draft) : checkIns.update(author, draft), saved -> {
            saving.set(false);
            lastSaved.set(saved);
            clear();
            result.set(existing == null ? "Saved. Thank you for checking in." : "Changes saved.");
            state.dataChanged();
            afterSave.accept(saved);
        }, e -> {
            saving.set(false);
            result.set("Not saved: " + UiTasks.message(e));
        });
    }

    public void clear() {
        editing.set(null);
        arousal.set(null);
        signals.clear();
        customSignals.clear();
        emotions.clear();
        customEmotions.clear();
        pulse.set("");
        hrv.set("");
        sleep.set("");
        connection.set(0);
        note.set("");
        shared.set(false);
        result.set("");
    }
}
