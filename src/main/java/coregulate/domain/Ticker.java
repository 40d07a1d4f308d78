package coregulate.domain;

/**
 * A monotonic time source in nanoseconds. Running timers (pacer, time-out countdown) read it, so a wall-clock
 * change never stretches or cuts a break; stored instants still use the wall clock.
 */
@FunctionalInterface
public interface Ticker {
    long nanoTime();

    static Ticker system() {
        return System::nanoTime;
    }
}
