package coregulate.bench;

import java.nio.file.Files;
import java.util.List;

/** Runs every benchmark and prints its figures. Run with {@code ./mvnw -Pbench verify}. */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.runs", 5);
        String cp = System.getProperty("java.class.path");
        var dataDir = Files.createTempDirectory("coregulate-bench");
        var startup = new StartupBench(StartupBench.defaultFlags(), cp).run(runs, dataDir, List.of());
        System.out.printf("Start-up (median of %d): bare window %.0f ms, app window %.0f ms (%.2fx), "
                        + "app Today %.0f ms (%.2fx)%n", runs, startup.bareWindowMs(), startup.appWindowMs(),
                startup.windowRatio(), startup.appTodayMs(), startup.todayRatio());
    }
}
