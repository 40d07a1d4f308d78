package coregulate.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.util.List;

/** Runs every benchmark and prints its figures. Run with {@code ./mvnw -Pbench verify}. */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        double pacerSeconds = Double.parseDouble(System.getProperty("bench.pacer.seconds", "600"));
        String cp = System.getProperty("java.class.path");
        var clock = Clock.systemDefaultZone();

        System.out.printf("Machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"));
        var tenYears = DataBench.generate(Files.createTempDirectory("coregulate-bench-10y"), clock);

        var startup = new StartupBench(StartupBench.defaultFlags(), cp).run(runs, tenYears, List.of());
        System.out.printf("Start-up on the ten-year store (median of %d): bare window %.0f ms, app window %.0f ms "
                        + "(%.2fx), app Today %.0f ms (%.2fx)%n", runs, startup.bareWindowMs(), startup.appWindowMs(),
                startup.windowRatio(), startup.appTodayMs(), startup.todayRatio());

        DataBench.run(tenYears, clock, runs).forEach((name, value) -> System.out.printf("%-48s %10.1f%n", name, value));

        var pacer = PacerBench.run(pacerSeconds);
        System.out.printf("Pacer, %.0f s under load on the other core: %d phase changes, latest shown %.1f ms after "
                        + "its schedule, end %.1f ms after schedule, CPU %.1f%% of one core%n", pacer.seconds(),
                pacer.phaseChanges(), pacer.worstLateMs(), pacer.endErrorMs(), pacer.cpuPercent());
    }
}
