package coregulate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import coregulate.storage.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncStoreTest {
    @TempDir
    Path dir;

    @Test
    void theStoredViewMatchesThePureMergeInAnyBatchingAndOrder() {
        SyncStore store = new SyncStore();
        try (Database db = Database.open(dir.resolve("c.db"))) {
            qt().withExamples(40).forAll(longs().all(), integers().between(0, 40)).checkAssert((seed, n) -> {
                List<SyncEvent> events = SyncFixtures.events(seed, n);
                List<SyncEvent> shuffled = new ArrayList<>(events);
                shuffled.addAll(events.subList(0, n / 2)); // duplicate delivery
                Collections.shuffle(shuffled, new Random(seed));
                int cut = shuffled.isEmpty() ? 0 : new Random(seed).nextInt(shuffled.size());
                List<SyncEvent> stored = db.write(c -> {
                    c.createStatement().executeUpdate("DELETE FROM sync_view");
                    c.createStatement().executeUpdate("DELETE FROM sync_events");
                    store.apply(c, shuffled.subList(0, cut));
                    store.apply(c, shuffled.subList(cut, shuffled.size()));
                    return store.view(c);
                });
                MergeState m = new MergeState();
                m.addAll(events);
                assertEquals(new ArrayList<>(m.view().values()), stored);
            });
        }
    }
}
