package coregulate.storage;

/**
 * Keeps database work off the JavaFX Application Thread, where it would freeze the window.
 * It recognises that thread by name so that storage needs no JavaFX import.
 */
public final class ThreadGuard {
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private ThreadGuard() {
    }

    public static void requireBackgroundThread() {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException(
                    "Database access on the JavaFX Application Thread: run it through UiTasks instead.");
        }
    }
}
