package coregulate.bench;

import coregulate.app.Store;
import coregulate.exchange.demo.SampleCouple;
import coregulate.service.CoupleService;
import coregulate.service.CoupleService.PartnerDraft;
import coregulate.storage.DeviceRepository;
import coregulate.storage.Jdbc;
import coregulate.storage.couple.CoupleRepository;
import coregulate.sync.KdfParams;
import coregulate.sync.couple.CoupleSync;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A new computer joining a couple with ten years of shared history: how long pairing takes to write it all
 * out, how long the joining computer takes to read and apply it, and what a rescan costs afterwards.
 */
public final class SyncBench {
    private SyncBench() {
    }

    public static Map<String, Double> run(Path work, Clock clock, KdfParams kdf) throws Exception {
        var figures = new LinkedHashMap<String, Double>();
        long k0 = System.nanoTime();
        coregulate.sync.KeyDerivation.derive("ten words", new byte[16], kdf);
        figures.put("key derivation, once per pairing and once per join (ms)", ms(k0));
        Path first = DataBench.generate(Files.createDirectories(work.resolve("first")), clock);
        Path folder = Files.createDirectories(work.resolve("shared"));
        try (var a = Store.open(first); var b = Store.open(work.resolve("second"))) {
            UUID deviceA = new DeviceRepository(a.database()).localDeviceId("first", clock.instant());
            UUID deviceB = new DeviceRepository(b.database()).localDeviceId("second", clock.instant());
            var coupleB = new CoupleService(new CoupleRepository(b.database()), clock, deviceB)
                    .createCouple(new PartnerDraft("B1", "", "#3b82f6"), new PartnerDraft("B2", "", "#f97316"));
            long shared = a.database().read(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM check_in WHERE visibility = "
                    + "'shared'", rs -> rs.getLong(1)).orElse(0L));
            figures.put("shared check-ins on the first computer", (double) shared);
            var me = new CoupleRepository(a.database()).find().orElseThrow().first().id();
            try (var syncA = new CoupleSync(a.database(), deviceA, "first", clock, SecureRandom::new, kdf,
                    Duration.ofHours(1));
                 var syncB = new CoupleSync(b.database(), deviceB, "second", clock, SecureRandom::new, kdf,
                         Duration.ofHours(1))) {
                syncA.start(x -> { });
                syncB.start(x -> { });
                long t0 = System.nanoTime();
                String code = syncA.pair(folder, me);
                syncA.awaitSent();
                figures.put("pair and write the shared history (ms)", ms(t0));
                figures.put("journal size (MB)", folderBytes(folder) / 1e6);

                long t1 = System.nanoTime();
                var checked = syncB.check(folder, code);
                var identity = checked.value().identity();
                var joined = syncB.join(checked.value(), coupleB.first().id(), identity.other(me).id());
                figures.put("join: check the code, take on the ids, read and apply everything (ms)", ms(t1));
                if (!joined.ok()) {
                    throw new IllegalStateException(joined.problem());
                }
                long arrived = b.database().read(c -> Jdbc.queryOne(c, "SELECT COUNT(*) FROM check_in WHERE "
                        + "device_id = ?", rs -> rs.getLong(1), deviceA).orElse(0L));
                figures.put("check-ins arrived on the joining computer", (double) arrived);

                long t2 = System.nanoTime();
                syncB.pollNow();
                figures.put("rescan with nothing new (ms)", ms(t2));
            }
        }
        return figures;
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static long folderBytes(Path folder) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        var kdf = args.length > 0 && args[0].equals("--fast-key") ? KdfParams.FAST_FOR_TESTS : KdfParams.PRODUCTION;
        run(Files.createTempDirectory("coregulate-bench-sync"), Clock.systemDefaultZone(), kdf)
                .forEach((name, value) -> System.out.printf("%-72s %10.1f%n", name, value));
    }
}
