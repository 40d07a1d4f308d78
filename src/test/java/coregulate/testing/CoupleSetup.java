package coregulate.testing;

import coregulate.app.Store;
import coregulate.domain.Couple;
import coregulate.service.CoupleService;
import coregulate.service.CoupleService.PartnerDraft;
import coregulate.storage.DeviceRepository;
import coregulate.storage.couple.CoupleRepository;
import java.nio.file.Path;
import java.time.Clock;

/** Sets up a couple in a data folder before the app starts, so a test can skip the welcome. */
public final class CoupleSetup {
    private CoupleSetup() {
    }

    public static Couple anaAndSam(Path dataDir, Clock clock) {
        try (var store = Store.open(dataDir)) {
            var db = store.database();
            var device = new DeviceRepository(db).localDeviceId("test", clock.instant());
            return new CoupleService(new CoupleRepository(db), clock, device).createCouple(
                    new PartnerDraft("Ana", "she/her", "#3b82f6"), new PartnerDraft("Sam", "they/them", "#f97316"));
        }
    }
}
