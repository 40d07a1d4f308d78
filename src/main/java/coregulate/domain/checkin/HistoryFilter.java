package coregulate.domain.checkin;

import coregulate.domain.ArousalState;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Which check-ins to list for a viewer: optionally one author, a time range [from, to), and a state. The
 * viewer always sees their own entries and only the other partner's shared ones.
 */
public record HistoryFilter(UUID viewer, Optional<UUID> author, Optional<Instant> from, Optional<Instant> to,
                            Optional<ArousalState> state, int limit, int offset) {
    public static HistoryFilter all(UUID viewer) {
        return new HistoryFilter(viewer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                500, 0);
    }
}
