package coregulate.sync;

import java.util.List;

/** What the app shows about sync: whether paired, a one-line summary, and notices for the person. */
public record SyncStatus(boolean paired, String summary, List<String> notices) {
}
