package coregulate.breathing;

import coregulate.domain.Ticker;

/**
 * Elapsed time of a session that can be paused, read from a monotonic ticker. It keeps only instants (start,
 * when paused, total paused), so the elapsed time is always exact and never accumulates rounding.
 */
public final class SessionTimer {
    private final Ticker ticker;
    private final long startNanos;
    private long pausedAt = -1;
    private long pausedTotal;

    public SessionTimer(Ticker ticker) {
        this.ticker = ticker;
        this.startNanos = ticker.nanoTime();
    }

    public long elapsedNanos() {
        long now = pausedAt >= 0 ? pausedAt : ticker.nanoTime();
        return now - startNanos - pausedTotal;
    }

    public boolean paused() {
        return pausedAt >= 0;
    }

    public void pause() {
        if (pausedAt < 0) {
            pausedAt = ticker.nanoTime();
        }
    }

    public void resume() {
        if (pausedAt >= 0) {
            pausedTotal += ticker.nanoTime() - pausedAt;
            pausedAt = -1;
        }
    }
}
