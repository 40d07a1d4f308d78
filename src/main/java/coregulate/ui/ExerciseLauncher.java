package coregulate.ui;

/**
 * How other areas open or start a calming exercise without knowing the exercise screens. Exercise ids are
 * those of the bundled library (e.g. "cyclic-sighing") or a partner's own pattern.
 */
public interface ExerciseLauncher {
    /** Shows the exercise's page: its steps, why it works, cautions. */
    void open(String exerciseId);

    /** Starts the exercise at once (the pacer for a breathing exercise, guided steps otherwise). */
    void start(String exerciseId);

    /** The one action to calm: starts the current partner's favourite or suggested breathing exercise. */
    void breatheNow();

    /** The exercise's display name, or the id itself if unknown. */
    String nameOf(String exerciseId);
}
