package coregulate.exchange.demo;

import coregulate.app.Store;
import coregulate.storage.couple.CoupleRepository;
import java.nio.file.Path;
import java.time.Clock;

/** The separate data folder for the sample couple, so exploring never touches a couple's real entries. */
public final class DemoFolder {
    public static final int DAYS = 90;

    private DemoFolder() {
    }

    /** "coregulate" becomes "coregulate-demo", beside it. */
    public static Path besides(Path dataDir) {
        var abs = dataDir.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + "-demo");
    }

    /** Opens the demo folder, filling it with three months of the sample couple the first time. */
    public static Store openFilled(Path demoDir, Clock clock) {
        var store = Store.open(demoDir);
        try {
            if (new CoupleRepository(store.database()).find().isEmpty()) {
                new SampleCouple(store.database(), clock, 2026).fill(DAYS, 3);
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
