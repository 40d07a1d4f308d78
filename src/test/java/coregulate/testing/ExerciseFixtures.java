package coregulate.testing;

import coregulate.app.Store;
import coregulate.domain.Couple;
import coregulate.service.CoupleService;
import coregulate.service.CoupleService.PartnerDraft;
import coregulate.storage.couple.CoupleRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/** Sets up a couple (Ana and Sam) in a data folder before the app starts, to skip the welcome. */
public final class ExerciseFixtures {
    private ExerciseFixtures() {
    }

    public static Couple coupleIn(Path dataDir, Clock clock) {
        try (var store = Store.open(dataDir)) {
            return new CoupleService(new CoupleRepository(store.database()), clock, UUID.randomUUID())
                    .createCouple(new PartnerDraft("Ana", null, null), new PartnerDraft("Sam", null, null));
        }
    }
}
