package coregulate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every benchmark and prints its figures. Run with {@code ./mvnw -Pbench verify}; {@code -Dbench.only=startup,data}
 * runs some of them (startup, data, ui, pacer, sync). Other settings: bench.runs (5), bench.pacer.seconds (600),
 * bench.ui.rows (history rows scrolled, 2000), bench.ui.pacer.seconds (the pacer on screen, 20).
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        double pacerSeconds = Double.parseDouble(System.getProperty("bench.pacer.seconds", "600"));
        String only = System.getProperty("bench.only", "");
        Set<String> parts = only.isBlank() ? Set.of("startup", "data", "ui", "pacer", "sync") : Set.of(only.split(","));
        String cp = System.getProperty("java.class.path");
        var clock = Clock.systemDefaultZone();

        System.out.printf("Machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"));
        var tenYears = DataBench.generate(Files.createTempDirectory("coregulate-bench-10y"), clock);

        if (parts.contains("startup")) {
            startup(runs, cp, tenYears);
        }
        if (parts.contains("data")) {
            DataBench.run(tenYears, clock, runs).forEach((name, value) -> System.out.printf("%-66s %10.1f%n", name, value));
        }
        if (parts.contains("ui")) {
            // The same headless flags and sound set-up as the tests (the pom's surefire argLine), and the Java
            // options the app ships with, so the figures are those of the app as people start it.
            var flags = List.of((System.getProperty("bench.headless.argLine",
                    String.join(" ", StartupBench.defaultFlags())) + " "
                    + System.getProperty("bench.app.jvm.options", "")).trim().split("\\s+"));
            var env = new HashMap<String, String>();
            Optional.ofNullable(System.getProperty("bench.alsa")).ifPresent(conf -> env.put("ALSA_CONFIG_PATH", conf));
            int rows = Integer.getInteger("bench.ui.rows", 2000);
            double pacerOnScreen = Double.parseDouble(System.getProperty("bench.ui.pacer.seconds", "20"));
            UiBench.run(runs, tenYears, rows, pacerOnScreen, flags, env)
                    .forEach((name, value) -> System.out.printf("UI: %-58s %10.1f%n", name, value));
        }
        if (parts.contains("sync")) {
            var perRun = new java.util.LinkedHashMap<String, List<Double>>();
            for (int i = 0; i < runs; i++) {
                SyncBench.run(Files.createTempDirectory("coregulate-bench-sync"), clock,
                        coregulate.sync.KdfParams.PRODUCTION)
                        .forEach((name, value) -> perRun.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value));
            }
            perRun.forEach((name, values) -> System.out.printf("Sync (median of %d): %-66s %10.1f%n", runs, name,
                    Stats.median(values)));
        }
        if (parts.contains("pacer")) {
            var pacer = PacerBench.inFreshJvm(pacerSeconds);
            System.out.printf("Pacer, %.0f s under load on the other core: %d phase changes, latest shown %.1f ms after "
                            + "its schedule, end %.1f ms after schedule; process CPU %.2f%% of one core (the pacing "
                            + "thread %.2f%%)%n", pacer.seconds(), pacer.phaseChanges(), pacer.worstLateMs(),
                    pacer.endErrorMs(), pacer.processCpuPercent(), pacer.pacerThreadCpuPercent());
        }
    }

    private static void startup(int runs, String cp, Path tenYears) throws Exception {
        var launcher = Optional.ofNullable(System.getProperty("bench.launcher")).map(Path::of).filter(Files::isExecutable);
        if (launcher.isEmpty()) {
            System.out.println("No launcher built (target/coregulate/bin/coregulate): it is left out of start-up.");
        }
        var cache = Files.createTempDirectory("coregulate-bench-cache");
        var startup = new StartupBench(StartupBench.defaultFlags(), cp, launcher, cache).run(runs, tenYears);
        System.out.printf("Start-up on the ten-year store (median of %d): bare window %.0f ms, app window %.0f ms "
                        + "(%.2fx), app Today %.0f ms (%.2fx)%n", runs, startup.bareWindowMs(), startup.appWindowMs(),
                startup.windowRatio(), startup.appTodayMs(), startup.todayRatio());
        if (launcher.isPresent()) {
            System.out.printf("Shipped launcher with its AppCDS archive: window %.0f ms (%.2fx the bare window), Today "
                            + "%.0f ms (%.2fx); the same launcher without the archive: window %.0f ms, Today %.0f ms%n",
                    startup.launcherWindowMs(), startup.launcherWindowRatio(), startup.launcherTodayMs(),
                    startup.launcherTodayRatio(), startup.noArchiveWindowMs(), startup.noArchiveTodayMs());
        }
    }
}
