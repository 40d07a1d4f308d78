package coregulate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up of the app against a bare JavaFX window, interleaved in one run so that all see the same machine
 * state, each in a fresh JVM with the same flags. The contestants: the bare window, the app started with
 * {@code java -cp}, and, when it has been built, the shipped launcher script with its AppCDS archive (made by
 * one start beforehand), and the same launcher without the archive. Every time counts from just before the
 * benchmark starts the process (passed in as COREGULATE_STARTED_AT_MS), so a launcher script's own work counts
 * too. Prints medians and ratios.
 */
public final class StartupBench {
    private final List<String> jvmFlags;
    private final String classpath;
    private final Optional<Path> launcher;
    private final Path cacheDir;
    private final String javaHome = System.getProperty("java.home");
    private final String javaBin = Path.of(javaHome, "bin", "java").toString();

    /**
     * @param launcher the built {@code target/coregulate/bin/coregulate}, if there is one
     * @param cacheDir the cache folder every contestant gets (XDG_CACHE_HOME): the launcher keeps its archive
     *                 there and the app its copy of SQLite's native library
     */
    public StartupBench(List<String> jvmFlags, String classpath, Optional<Path> launcher, Path cacheDir) {
        this.jvmFlags = jvmFlags;
        this.classpath = classpath;
        this.launcher = launcher;
        this.cacheDir = cacheDir;
    }

    /** The flags every measured JVM gets: Monocle headless where there is no display. */
    public static List<String> defaultFlags() {
        var flags = new ArrayList<String>();
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            flags.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        return flags;
    }

    /** Medians in milliseconds; the launcher's are NaN when it was not built. */
    public record Result(double bareWindowMs, double appWindowMs, double appTodayMs, double launcherWindowMs,
                         double launcherTodayMs, double noArchiveWindowMs, double noArchiveTodayMs) {
        public double windowRatio() {
            return appWindowMs / bareWindowMs;
        }

        public double todayRatio() {
            return appTodayMs / bareWindowMs;
        }

        public double launcherWindowRatio() {
            return launcherWindowMs / bareWindowMs;
        }

        public double launcherTodayRatio() {
            return launcherTodayMs / bareWindowMs;
        }
    }

    public Result run(int runs, Path dataDir) throws IOException, InterruptedException {
        var appArgs = List.of("--data-dir", dataDir.toString(), "--print-startup-ms", "--exit-after-startup");
        if (launcher.isPresent()) {
            makeArchive(appArgs);
        }
        var bare = new ArrayList<Double>();
        var window = new ArrayList<Double>();
        var today = new ArrayList<Double>();
        var launcherWindow = new ArrayList<Double>();
        var launcherToday = new ArrayList<Double>();
        var plainWindow = new ArrayList<Double>();
        var plainToday = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            bare.add(measure(java(BareWindow.class.getName(), List.of()), Map.of()).get("window"));
            var app = measure(java("coregulate.Main", appArgs), Map.of());
            window.add(app.get("window"));
            today.add(app.get("today"));
            if (launcher.isPresent()) {
                var shipped = measure(launcherCommand(appArgs), launcherEnv(Map.of()));
                launcherWindow.add(shipped.get("window"));
                launcherToday.add(shipped.get("today"));
                var plain = measure(launcherCommand(appArgs), launcherEnv(Map.of("COREGULATE_CDS", "off")));
                plainWindow.add(plain.get("window"));
                plainToday.add(plain.get("today"));
            }
        }
        return new Result(Stats.median(bare), Stats.median(window), Stats.median(today), Stats.median(launcherWindow),
                Stats.median(launcherToday), Stats.median(plainWindow), Stats.median(plainToday));
    }

    /** The launcher's first start writes the archive when it closes; later starts use it. */
    private void makeArchive(List<String> appArgs) throws IOException, InterruptedException {
        long start = System.nanoTime();
        measure(launcherCommand(appArgs), launcherEnv(Map.of()));
        double seconds = (System.nanoTime() - start) / 1e9;
        Path cds = cacheDir.resolve("coregulate").resolve("cds");
        try (Stream<Path> files = Files.exists(cds) ? Files.list(cds) : Stream.empty()) {
            var archive = files.filter(f -> f.toString().endsWith(".jsa")).findFirst()
                    .orElseThrow(() -> new IOException("The launcher made no AppCDS archive in " + cds));
            System.out.printf("Launcher's AppCDS archive: %.0f MB, made by a first start and exit of %.1f s%n",
                    Files.size(archive) / 1e6, seconds);
        }
    }

    private List<String> java(String mainClass, List<String> args) {
        var cmd = new ArrayList<String>();
        cmd.add(javaBin);
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    private List<String> launcherCommand(List<String> args) {
        var cmd = new ArrayList<String>();
        cmd.add(launcher.orElseThrow().toString());
        cmd.addAll(args);
        return cmd;
    }

    /** The same Java and flags as the others; headless, the launcher needs Monocle, which the app does not ship. */
    private Map<String, String> launcherEnv(Map<String, String> extra) {
        var env = new HashMap<>(extra);
        env.put("JAVA_HOME", javaHome);
        env.put("COREGULATE_JAVA_OPTS", String.join(" ", jvmFlags));
        if (jvmFlags.stream().anyMatch(f -> f.contains("Monocle"))) {
            env.put("COREGULATE_EXTRA_CLASSPATH", Stream.of(classpath.split(java.io.File.pathSeparator))
                    .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Monocle is not on the benchmark's classpath")));
        }
        return env;
    }

    private Map<String, Double> measure(List<String> cmd, Map<String, String> env)
            throws IOException, InterruptedException {
        var builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("XDG_CACHE_HOME", cacheDir.toString());
        builder.environment().put("COREGULATE_STARTED_AT_MS", String.valueOf(System.currentTimeMillis()));
        var process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
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
            throw new IOException("No start-up figure from " + String.join(" ", cmd) + ":\n" + out);
        }
        return values;
    }
}
