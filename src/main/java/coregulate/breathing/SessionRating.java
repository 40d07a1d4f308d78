package coregulate.breathing;

/**
 * How a partner felt before and after one exercise session, on the -5..+5 scale: all that learning what helps
 * them needs, without the rest of the session.
 */
public record SessionRating(String exerciseId, String exerciseName, int before, int after) {
    /** Closer to the middle of the window afterwards than before. */
    public boolean calmer() {
        return Math.abs(after) < Math.abs(before);
    }
}
