package coregulate.bench;

import coregulate.app.Store;
import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.HistoryFilter;
import coregulate.exchange.JsonExporter;
import coregulate.exchange.JsonImporter;
import coregulate.exchange.demo.SampleCouple;
import coregulate.service.SessionService;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.HelpsCardService;
import coregulate.service.checkin.TriggerService;
import coregulate.service.insights.InsightsService;
import coregulate.service.timeout.TimeOutService;
import coregulate.storage.checkin.CheckInRepository;
import coregulate.storage.checkin.HelpsCardRepository;
import coregulate.storage.checkin.TriggerRepository;
import coregulate.storage.exercise.ExerciseRepository;
import coregulate.storage.timeout.TimeOutRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/** Ten years of a believable couple's entries, and the operations a person waits on, timed on that store. */
public final class DataBench {
    public static final int YEARS = 10;

    /** Fills a fresh store with ten years for two partners; returns the folder. */
    public static Path generate(Path dir, Clock clock) {
        try (var store = Store.open(dir)) {
            long start = System.nanoTime();
            var made = new SampleCouple(store.database(), clock, 10).fill(365 * YEARS, 2, 4);
            System.out.printf("Generated %d check-ins, %d triggers, %d time-outs, %d sessions in %.1f s%n",
                    made.checkIns(), made.triggers(), made.timeOuts(), made.sessions(),
                    (System.nanoTime() - start) / 1e9);
        }
        return dir;
    }

    public static Map<String, Double> run(Path dir, Clock clock, int runs) throws Exception {
        var figures = new LinkedHashMap<String, Double>();
        try (var store = Store.open(dir)) {
            var db = store.database();
            var device = UUID.randomUUID();
            var checkIns = new CheckInService(new CheckInRepository(db), clock, device);
            var triggers = new TriggerService(new TriggerRepository(db), clock, device);
            var cards = new HelpsCardService(new HelpsCardRepository(db), clock, device);
            var couple = new coregulate.storage.couple.CoupleRepository(db).find().orElseThrow();
            var timeOuts = new TimeOutService(new TimeOutRepository(db), clock, device, couple);
            var sessions = new SessionService(new ExerciseRepository(db), clock, device);
            var insights = new InsightsService(checkIns, triggers, timeOuts, sessions, clock);
            var maya = couple.first();

            var saves = new ArrayList<Double>();
            for (int i = 0; i < 300; i++) {
                var draft = new CheckIn(new RecordMeta(UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, maya.id(), device,
                        Visibility.PRIVATE), null, i % 11 - 5, Set.of(), List.of(), Set.of(), List.of(), 70, null, 7.0,
                        3, "bench");
                saves.add(millis(() -> checkIns.record(maya.id(), draft)));
            }
            figures.put("save check-in p50 (ms)", Stats.percentile(saves, 50));
            figures.put("save check-in p99 (ms)", Stats.percentile(saves, 99));
            figures.put("open history, first 2000 (ms)", median(runs, () -> checkIns.history(HistoryFilter.all(maya.id()))));
            figures.put("Today: latest + partner's card (ms)", median(runs, () -> {
                checkIns.latestFor(maya.id());
                return cards.cardOf(couple.second().id(), maya.id());
            }));
            var today = LocalDate.now(clock);
            figures.put("Insights, 30 days (ms)", median(runs, () -> insights.compute(couple, maya.id(), Optional.of(maya),
                    today.minusDays(29), today)));
            figures.put("Insights, 1 year (ms)", median(runs, () -> insights.compute(couple, maya.id(), Optional.of(maya),
                    today.minusDays(364), today)));
            figures.put("Insights, all 10 years (ms)", median(runs, () -> insights.compute(couple, maya.id(),
                    Optional.of(maya), today.minusYears(YEARS), today)));
            figures.put("Insights, couple, all (ms)", median(runs, () -> insights.compute(couple, maya.id(),
                    Optional.empty(), today.minusYears(YEARS), today)));
            // Each chart on its own, over all ten years: what it reads and what it computes.
            var mine = new InsightsService.Scope(couple, maya.id(), Optional.of(maya), today.minusYears(YEARS), today);
            var both = new InsightsService.Scope(couple, maya.id(), Optional.empty(), today.minusYears(YEARS), today);
            for (var scope : List.of(mine, both)) {
                String who = scope.subject().isPresent() ? "own" : "couple";
                var charts = new LinkedHashMap<String, Callable<?>>();
                charts.put("arousal by day", () -> insights.arousalByDay(scope));
                charts.put("inside the window by week", () -> insights.windowShareByWeek(scope));
                charts.put("trigger categories", () -> insights.topCategories(scope));
                charts.put("triggers by weekday", () -> insights.triggersByWeekday(scope));
                charts.put("time-outs by week", () -> insights.timeOutsByWeek(scope));
                charts.put("exercises", () -> insights.exercises(scope));
                charts.put("sleep and arousal", () -> insights.sleepVsArousal(scope));
                for (var chart : charts.entrySet()) {
                    figures.put("Insights chart, 10 years, " + who + ": " + chart.getKey() + " (ms)",
                            median(runs, chart.getValue()));
                }
            }
            Path export = Files.createTempFile("coregulate-bench", ".json");
            figures.put("export whole store (ms)", median(runs, () -> new JsonExporter(db, clock).exportTo(export, maya.id())));
            figures.put("export size (MB)", Files.size(export) / 1e6);
            var imports = new ArrayList<Double>();
            for (int i = 0; i < runs; i++) {
                var target = Files.createTempDirectory("coregulate-bench-import");
                try (var fresh = Store.open(target)) {
                    imports.add(millis(() -> new JsonImporter(fresh.database()).importFrom(export)));
                }
            }
            figures.put("import whole export into an empty store (ms)", Stats.median(imports));
            System.gc();
            var heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
            figures.put("heap after the above, after GC (MB)", heap / 1e6);
        }
        return figures;
    }

    private static double median(int runs, Callable<?> work) throws Exception {
        work.call();
        var times = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            times.add(millis(work));
        }
        return Stats.median(times);
    }

    private static double millis(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }
}
