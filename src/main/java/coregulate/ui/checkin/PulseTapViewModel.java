package coregulate.ui.checkin;

import coregulate.domain.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * No wearable at hand: the partner taps once for each beat felt at the wrist, for 15 seconds. Beats a minute
 * come from the spacing of the taps, which is steadier than counting them.
 */
public final class PulseTapViewModel {
    public static final long WINDOW_NANOS = 15_000_000_000L;
    private final Ticker ticker;
    private final IntConsumer onResult;
    private final List<Long> taps = new ArrayList<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Find your pulse at the wrist or neck, then press Space (or click Tap) with each beat.");

    public PulseTapViewModel(Ticker ticker, IntConsumer onResult) {
        this.ticker = ticker;
        this.onResult = onResult;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void tap() {
        long now = ticker.nanoTime();
        if (!taps.isEmpty() && now - taps.get(0) >= WINDOW_NANOS) {
            finish();
            return;
        }
        taps.add(now);
        long secondsLeft = Math.max(0, (WINDOW_NANOS - (now - taps.get(0))) / 1_000_000_000L);
        status.set(taps.size() + " beats so far · " + secondsLeft + " s left");
    }

    /** Called regularly while the helper is open; ends the count once 15 seconds have passed. */
    public void tick() {
        if (!taps.isEmpty() && ticker.nanoTime() - taps.get(0) >= WINDOW_NANOS) {
            finish();
        }
    }

    private void finish() {
        var bpm = beatsPerMinute(taps);
        taps.clear();
        if (bpm.isPresent()) {
            status.set("About " + bpm.getAsInt() + " beats a minute. It is filled in above.");
            onResult.accept(bpm.getAsInt());
        } else {
            status.set("That was too few taps to tell. Try again: tap with each beat for 15 seconds.");
        }
    }

    static OptionalInt beatsPerMinute(List<Long> tapNanos) {
        if (tapNanos.size() < 4) {
            return OptionalInt.empty();
        }
        double span = tapNanos.get(tapNanos.size() - 1) - tapNanos.get(0);
        int bpm = (int) Math.round((tapNanos.size() - 1) * 60_000_000_000.0 / span);
        return bpm >= 30 && bpm <= 220 ? OptionalInt.of(bpm) : OptionalInt.empty();
    }
}
