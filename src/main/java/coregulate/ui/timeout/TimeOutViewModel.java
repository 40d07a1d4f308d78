package coregulate.ui.timeout;

import coregulate.domain.Partner;
import coregulate.domain.Ticker;
import coregulate.domain.timeout.TimeOut;
import coregulate.domain.timeout.TimeOutAgreement;
import coregulate.domain.timeout.TimeOutPhase;
import coregulate.service.timeout.TimeOutService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shared time-out: calling it, the countdown, coming back and how it went. While the app runs, time is
 * read from the monotonic ticker, so changing the computer's clock neither stretches nor cuts the break.
 */
public final class TimeOutViewModel {
    private final AppState state;
    private final TimeOutService timeOuts;
    private final UiTasks tasks;
    private final Clock clock;
    private final Ticker ticker;
    private final Instant anchorInstant;
    private final long anchorNanos;

    // Properties
    private final ReadOnlyObjectWrapper<TimeOut> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TimeOutPhase> phase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<TimeOutAgreement>> inForce = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyIntegerWrapper promisesKept = new ReadOnlyIntegerWrapper();
    private final ObservableList<TimeOut> history = FXCollections.observableArrayList();
    private boolean historyShown;
    private final ObjectProperty<Integer> outcome = new SimpleObjectProperty<>();

    public TimeOutViewModel(AppState state, TimeOutService timeOuts, UiTasks tasks, Clock clock, Ticker ticker) {
        this.state = state;
        this.timeOuts = timeOuts;
        this.tasks = tasks;
        this.clock = clock;
        this.ticker = ticker;
        this.anchorInstant = clock.instant();
        this.anchorNanos = ticker.nanoTime();
    }

    public ReadOnlyObjectProperty<TimeOut> activeProperty() { return active.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TimeOutPhase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countdownProperty() { return countdown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Optional<TimeOutAgreement>> inForceProperty() { return inForce.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty promisesKeptProperty() { return promisesKept.getReadOnlyProperty(); }
    public ObservableList<TimeOut> history() { return history; }
    public ObjectProperty<Integer> outcomeProperty() { return outcome; }

    /** Now, by the monotonic ticker since the app started; stored instants are wall-clock. */
    public Instant now() {
        return anchorInstant.plusNanos(ticker.nanoTime() - anchorNanos);
    }

    public String nameOf(java.util.UUID partnerId) {
        return state.coupleProperty().get().partner(partnerId).map(Partner::name).orElse("");
    }

    public boolean currentIsCaller() {
        return active.get() != null && active.get().calledBy().equals(state.currentPartner().id());
    }

    public boolean currentIsReady() {
        return active.get() != null && active.get().ready().contains(state.currentPartner().id());
    }

    // Commands

    private record Loaded(Optional<TimeOut> latest, Optional<TimeOutAgreement> agreement, int kept, List<TimeOut> all) {
    }

    /** The history is read once its list is on screen: Today needs only the latest time-out. */
    public void showHistory() {
        historyShown = true;
        reload();
    }

    public void reload() {
        boolean withHistory = historyShown;
        tasks.run(() -> new Loaded(timeOuts.latest(), timeOuts.inForce(), timeOuts.promisesKept(),
                        withHistory ? timeOuts.history() : List.of()),
                loaded -> {
                    inForce.set(loaded.agreement());
                    promisesKept.set(loaded.kept());
                    if (withHistory) {
                        history.setAll(loaded.all());
                    }
                    var latest = loaded.latest().orElse(null);
                    boolean relevant = latest != null && (latest.phaseAt(now()).isActive()
                            || latest.phaseAt(now()) == TimeOutPhase.RECONVENED && latest.outcome() == null);
                    active.set(relevant ? latest : null);
                    tick();
                }, state::reportProblem);
    }

    /** Calls a time-out for the current partner: one keystroke, no dialog. */
    public void call(Runnable onCalled) {
        var caller = state.currentPartner().id();
        tasks.run(() -> timeOuts.call(caller), called -> {
            active.set(called);
            message.set("");
            tick();
            state.dataChanged();
            onCalled.run();
        }, e -> {
            message.set(UiTasks.message(e));
            onCalled.run();
        });
    }

    public void cancel() {
        change(t -> timeOuts.cancel(t), "Taken back. No time-out is running.");
    }

    public void acknowledge() {
        var me = state.currentPartner().id();
        change(t -> timeOuts.acknowledge(t, me), "Thank you. You're both pausing now.");
    }

    public void ready() {
        var me = state.currentPartner().id();
        change(t -> timeOuts.ready(t, me), "");
    }

    public void extend(int minutes) {
        change(t -> timeOuts.extend(t, minutes), "A little more time: " + minutes + " minutes.");
    }

    public void saveOutcome(String note) {
        if (outcome.get() == null) {
            message.set("Pick how it went, from 1 to 5.");
            return;
        }
        int rating = outcome.get();
        change(t -> timeOuts.outcome(t, rating, note), "Thank you. Coming back together was a promise kept.");
    }

    private void change(java.util.function.Function<TimeOut, TimeOut> action, String done) {
        var current = active.get();
        if (current == null) {
            return;
        }
        tasks.run(() -> action.apply(current), updated -> {
            var p = updated.phaseAt(now());
            boolean keep = p.isActive() || p == TimeOutPhase.RECONVENED && updated.outcome() == null;
            active.set(keep ? updated : null);
            message.set(done);
            outcome.set(null);
            tick();
            state.dataChanged();
        }, e -> message.set(UiTasks.message(e)));
    }

    /** Recomputes the phase and the countdown; the view calls this a few times a second. */
    public void tick() {
        var t = active.get();
        if (t == null) {
            phase.set(null);
            countdown.set("");
            return;
        }
        var now = now();
        var p = t.phaseAt(now);
        phase.set(p);
        countdown.set(switch (p) {
            case CALLED, RUNNING -> format(Duration.between(now, t.breakEndsAt()));
            case RECONVENING -> "Time to come back";
            case RECONVENED -> "Back together";
            case MISSED -> "Not picked up again";
            case CANCELLED -> "";
        });
    }

    static String format(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
