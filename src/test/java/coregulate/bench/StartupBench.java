package coregulate.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of the app against a bare JavaFX window, interleaved in one run so that both see the same machine
 * state, each in a fresh JVM with the same flags. Prints medians and ratios.
 */
public final class StartupBench {
    private final List<String> jvmFlags;
    private final String classpath;
    private final String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    public StartupBench(List<String> jvmFlags, String classpath) {
        this.jvmFlags = jvmFlags;
        this.classpath = classpath;
    }

    /** The flags every measured JVM gets: Monocle headless where there is no display. */
    public static List<String> defaultFlags() {
        var flags = new ArrayList<String>();
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            flags.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        return flags;
    }

    public record Result(double bareWindowMs, double appWindowMs, double appTodayMs) {
        public double windowRatio() {
            return appWindowMs / bareWindowMs;
        }

        public double todayRatio() {
            return appTodayMs / bareWindowMs;
        }
    }

    public Result run(int runs, Path dataDir, List<String> extraAppFlags) throws IOException, InterruptedException {
        var bare = new ArrayList<Double>();
        var window = new ArrayList<Double>();
        var today = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            bare.add(measure(List.of(), BareWindow.class.getName(), List.of()).get("window"));
            var app = measure(extraAppFlags, "coregulate.Main", List.of("--data-dir", dataDir.toString(),
                    "--print-startup-ms", "--exit-after-startup"));
            window.add(app.get("window"));
            today.add(app.get("today"));
        }
        return new Result(Stats.median(bare), Stats.median(window), Stats.median(today));
    }

    private Map<String, Double> measure(List<String> extraFlags, String mainClass, List<String> args)
            throws IOException, InterruptedException {
        var cmd = new ArrayList<String>();
        cmd.add(javaBin);
        cmd.addAll(jvmFlags);
        cmd.addAll(extraFlags);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(args);
        var process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("Timed out: " + String.join(" ", cmd));
        }
        var values = new HashMap<String, Double>();
        for (String line : out.split("\n")) {
            if (line.startsWith("startup-ms ")) {
                for (String part : line.substring(11).trim().split(" ")) {
                    String[] kv = part.split("=");
                    values.put(kv[0], Double.parseDouble(kv[1]));
                }
            }
        }
        if (!values.containsKey("window")) {
            throw new IOException("No start-up figure from " + mainClass + ":\n" + out);
        }
        return values;
    }
}
