package coregulate.ui.exercises;

import coregulate.breathing.BreathMoment;
import coregulate.breathing.BreathingSchedule;
import coregulate.breathing.Exercise;
import coregulate.breathing.SessionTimer;
import coregulate.domain.Ticker;
import coregulate.service.ExerciseService.PacerPreferences;
import coregulate.service.SessionService;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One exercise session from the before-rating to the after-rating. Only one runs at a time. The moment shown is
 * recomputed on every frame from the session timer (a monotonic clock), so pauses, slow frames or a busy
 * machine never shift the rhythm; the session is stored once, at the end, or not at all.
 */
public final class SessionViewModel {
    public enum Stage { IDLE, BEFORE, RUNNING, AFTER }

    /** Stores a finished session in the background; calls back on the FX thread. */
    @FunctionalInterface
    public interface Saver {
        void save(SessionService.Draft draft, Runnable onSaved, Consumer<Throwable> onFailed);
    }

    /** Who breathes: the partner using the window and, when together, the other one. */
    public record Who(UUID partnerId, String name, UUID otherId, String otherName) {
    }

    public static final String ALREADY_RUNNING = "A session is already running. Stop it first, then start another.";

    private final Ticker ticker;
    private final Clock clock;
    private final ToneCues tones;
    private final Saver saver;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.IDLE);
    private final ObjectProperty<Exercise> exercise = new SimpleObjectProperty<>();
    private final ObjectProperty<BreathMoment> moment = new SimpleObjectProperty<>();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty together = new SimpleBooleanProperty();
    private final StringProperty names = new SimpleStringProperty("");
    private final StringProperty otherName = new SimpleStringProperty("");
    private final StringProperty elapsedText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty sound = new SimpleBooleanProperty();
    private final IntegerProperty volume = new SimpleIntegerProperty(50);
    private final BooleanProperty reducedMotion = new SimpleBooleanProperty();
    private final StringProperty soundStatus = new SimpleStringProperty("");
    private Who who;
    private BreathingSchedule schedule;
    private SessionTimer timer;
    private Instant startedAt;
    private Integer before;
    private boolean completed;
    private long durationSeconds;
    private long lastPhaseKey = -1;
    private Consumer<Exercise> onSaved = e -> { };
    private boolean applying;

    public SessionViewModel(Ticker ticker, Clock clock, ToneCues tones, Saver saver) {
        this.ticker = ticker;
        this.clock = clock;
        this.tones = tones;
        this.saver = saver;
        sound.addListener((obs, o, on) -> checkSound());
        together.addListener((obs, o, t) -> updateNames());
    }

    public void setOnSaved(Consumer<Exercise> callback) {
        this.onSaved = callback;
    }

    public boolean busy() {
        return stage.get() == Stage.RUNNING || stage.get() == Stage.AFTER;
    }

    /**
     * Gets a session ready: the before-rating comes next, unless {@code startAtOnce} (the one action to calm).
     * Refused with {@link #ALREADY_RUNNING} while another session runs.
     */
    public boolean prepare(Exercise ex, double breathsPerMinute, Who partners, boolean startAtOnce) {
        if (busy()) {
            message.set(ALREADY_RUNNING);
            return false;
        }
        who = partners;
        otherName.set(partners.otherName() == null ? "" : partners.otherName());
        exercise.set(ex);
        schedule = ex.hasPacer() ? new BreathingSchedule(ex.pattern(), breathsPerMinute) : null;
        together.set(ex.category() == coregulate.breathing.Category.TOGETHER && partners.otherId() != null);
        updateNames();
        moment.set(schedule == null ? null : schedule.at(0));
        message.set("");
        stage.set(Stage.BEFORE);
        if (startAtOnce) {
            begin(null);
        }
        return true;
    }

    /** The before-rating (-5..+5, or null to skip); starts the session. */
    public void begin(Integer beforeLevel) {
        if (stage.get() != Stage.BEFORE) {
            return;
        }
        before = beforeLevel;
        startedAt = clock.instant();
        timer = new SessionTimer(ticker);
        paused.set(false);
        lastPhaseKey = -1;
        stage.set(Stage.RUNNING);
        update();
    }

    public void cancel() {
        if (stage.get() == Stage.BEFORE) {
            stage.set(Stage.IDLE);
        }
    }

    /** Called on every frame: recomputes what to show from elapsed time, cues phase changes, ends on time. */
    public void update() {
        if (stage.get() != Stage.RUNNING) {
            return;
        }
        long elapsed = timer.elapsedNanos();
        elapsedText.set(minutesSeconds(elapsed / 1_000_000_000L));
        if (schedule == null) {
            return;
        }
        var m = schedule.at(elapsed);
        moment.set(m);
        long key = (long) m.cycle() * 64 + m.phaseIndex();
        if (!m.finished() && key != lastPhaseKey) {
            lastPhaseKey = key;
            if (sound.get() && !paused.get()) {
                tones.play(m.kind(), volume.get() / 100.0);
            }
        }
        if (m.finished()) {
            end(true);
        }
    }

    public void togglePause() {
        if (stage.get() != Stage.RUNNING) {
            return;
        }
        if (timer.paused()) {
            timer.resume();
        } else {
            timer.pause();
        }
        paused.set(timer.paused());
        update();
    }

    /** Stops early; the after-rating still comes, and the session is stored as stopped early. */
    public void stop() {
        if (stage.get() == Stage.RUNNING) {
            end(false);
        }
    }

    /** For exercises without a pacer: the person says they have done it. */
    public void done() {
        if (stage.get() == Stage.RUNNING) {
            end(true);
        }
    }

    private void end(boolean finished) {
        completed = finished;
        long elapsed = finished && schedule != null ? schedule.totalNanos() : timer.elapsedNanos();
        durationSeconds = Math.round(elapsed / 1e9);
        stage.set(Stage.AFTER);
    }

    /** The after-rating (or null to skip): stores the session in one go. */
    public void finish(Integer afterLevel) {
        if (stage.get() != Stage.AFTER) {
            return;
        }
        var ex = exercise.get();
        var draft = new SessionService.Draft(who.partnerId(), together.get() ? who.otherId() : null, ex, startedAt,
                durationSeconds, completed, before, afterLevel, schedule == null ? null : schedule.breathsPerMinute());
        saver.save(draft, () -> {
            stage.set(Stage.IDLE);
            message.set(completed ? "Saved. Well done for taking this time." : "Saved. Stopping early is fine.");
            onSaved.accept(ex);
        }, e -> message.set("The session could not be saved: " + coregulate.ui.common.UiTasks.message(e)));
    }

    public void applyPreferences(PacerPreferences p) {
        applying = true;
        try {
            volume.set(p.volume());
            reducedMotion.set(p.reducedMotion());
            sound.set(p.sound());
        } finally {
            applying = false;
        }
    }

    /** Tells the listener whenever the person changes sound, volume or reduced motion (not when loading them). */
    public void sessionPreferencesListener(Consumer<PacerPreferences> listener) {
        javafx.beans.InvalidationListener changed = obs -> {
            if (!applying) {
                listener.accept(preferences());
            }
        };
        sound.addListener(changed);
        reducedMotion.addListener(changed);
        volume.addListener(changed);
    }

    public PacerPreferences preferences() {
        return new PacerPreferences(sound.get(), volume.get(), reducedMotion.get());
    }

    private void checkSound() {
        soundStatus.set(sound.get() && !tones.available() ? ToneCues.UNAVAILABLE : "");
    }

    private void updateNames() {
        if (who == null) {
            names.set("");
        } else {
            names.set(together.get() && who.otherName() != null ? who.name() + " & " + who.otherName() : who.name());
        }
    }

    static String minutesSeconds(long seconds) {
        return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ReadOnlyObjectProperty<Exercise> exerciseProperty() {
        return exercise;
    }

    public ReadOnlyObjectProperty<BreathMoment> momentProperty() {
        return moment;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty togetherProperty() {
        return together;
    }

    /** The other partner's name, for "breathe together with …"; empty when there is none. */
    public StringProperty otherNameProperty() {
        return otherName;
    }

    public StringProperty namesProperty() {
        return names;
    }

    public StringProperty elapsedTextProperty() {
        return elapsedText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty soundProperty() {
        return sound;
    }

    public IntegerProperty volumeProperty() {
        return volume;
    }

    public BooleanProperty reducedMotionProperty() {
        return reducedMotion;
    }

    public StringProperty soundStatusProperty() {
        return soundStatus;
    }

    public boolean hasOtherPartner() {
        return who != null && who.otherId() != null;
    }
}
