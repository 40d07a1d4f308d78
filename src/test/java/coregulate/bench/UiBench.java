package coregulate.bench;

import coregulate.domain.Ticker;
import coregulate.ui.RunningApp;
import coregulate.ui.insights.InsightsViewModel;
import coregulate.ui.shell.Page;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The whole app on the ten-year store, in its own JVM (headless on Monocle with software rendering, as the
 * tests run). It opens every area through the navigator and waits for its data, then reports the heap after a
 * full GC and the resident set size; then it scrolls the history one row per frame, driven by an
 * AnimationTimer, and counts the frames that came more than 1.5 frames (25 ms) after the one before. Last,
 * it starts "Breathe now" and reports the CPU the whole app uses while the pacer animates.
 *
 * <p>Run by {@link BenchMain} as {@code UiBench <data-dir> <rows> [pacer-seconds]}; prints
 * {@code ui <name>=<value>} lines.
 */
public final class UiBench {
    static final double FRAME_MS = 1000.0 / 60;
    static final double DROPPED_MS = 1.5 * FRAME_MS;

    private UiBench() {
    }

    public static void main(String[] args) {
        try {
            measure(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 20);
            Platform.exit();
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure(Path dataDir, int rows, double pacerSeconds) throws Exception {
        var figures = new LinkedHashMap<String, Double>();
        var problems = new ArrayList<String>();
        var started = new CompletableFuture<RunningApp>();
        Platform.startup(() -> {
            var stage = new Stage();
            var app = RunningApp.start(stage, new RunningApp.Options(dataDir, Clock.systemDefaultZone(),
                    Ticker.system(), Platform::runLater, problems::add));
            app.setOnMainShown(() -> started.complete(app));
        });
        var app = started.get(60, TimeUnit.SECONDS);
        settle(app);
        var navigator = app.context().orElseThrow().navigator();
        ListView<Object> history = null;

        for (Page page : Page.values()) {
            long start = System.nanoTime();
            fx(() -> {
                navigator.show(page);
                return null;
            });
            settle(app);
            if (page == Page.CHECK_IN) {
                // The history sits beside the check-in form; wait until its entries are in the list.
                history = fx(() -> history(app));
                var list = history;
                await(() -> list.getItems().size() > 0, "the history to fill");
            }
            if (page == Page.INSIGHTS) {
                fx(() -> {
                    insightsRange(app).setValue(InsightsViewModel.Range.ALL);
                    return null;
                });
                settle(app);
            }
            figures.put("open " + page.title() + " with its data (ms)", (System.nanoTime() - start) / 1e6);
        }
        var historyList = history;
        figures.put("history entries listed", (double) fx(() -> historyList.getItems().size()));

        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        figures.put("heap used after every area, after GC (MB)", heap.getUsed() / 1e6);
        figures.put("resident set size (MB)", residentMb());

        fx(() -> {
            navigator.show(Page.CHECK_IN);
            return null;
        });
        settle(app);
        var idle = frames(120, () -> { });
        figures.put("idle: median frame interval, nothing changing (ms)", Stats.median(idle.intervals()));
        figures.put("idle: frames over 25 ms", (double) idle.intervals().stream().filter(ms -> ms > DROPPED_MS).count());
        int count = fx(() -> historyList.getItems().size());
        int[] row = {0};
        var scrolled = frames(Math.min(rows, count - 1), () -> historyList.scrollTo(++row[0]));
        var intervals = scrolled.intervals();
        figures.put("scroll: rows, one per frame", (double) intervals.size());
        figures.put("scroll: frames over 25 ms (dropped)", (double) intervals.stream().filter(ms -> ms > DROPPED_MS).count());
        figures.put("scroll: median frame interval (ms)", Stats.median(intervals));
        figures.put("scroll: 99th percentile frame interval (ms)", Stats.percentile(intervals, 99));
        figures.put("scroll: worst frame interval (ms)", intervals.stream().mapToDouble(d -> d).max().orElse(Double.NaN));
        figures.put("scroll: median CSS and layout per frame (ms)", Stats.median(scrolled.layoutMs()));
        figures.put("scroll: worst CSS and layout in a frame (ms)", scrolled.layoutMs().stream().mapToDouble(d -> d)
                .max().orElse(Double.NaN));
        figures.put("resident set size after scrolling (MB)", residentMb());

        // "Breathe now": the real pacer on screen, for the CPU the whole app uses while it animates.
        fx(() -> {
            app.features().orElseThrow().breatheNow().run();
            return null;
        });
        settle(app);
        await(() -> {
            var stop = app.stage().getScene().lookup("#session-stop");
            return stop != null && stop.isVisible() && stop.getScene() != null;
        }, "the breathing session to start");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long wallStart = System.nanoTime();
        var pacing = frames((int) Math.round(pacerSeconds * 60), () -> { });
        figures.put("pacer on screen: process CPU (% of one core)",
                100.0 * (os.getProcessCpuTime() - cpuStart) / (System.nanoTime() - wallStart));
        figures.put("pacer on screen: frames over 25 ms", (double) pacing.intervals().stream()
                .filter(ms -> ms > DROPPED_MS).count());
        figures.put("pacer on screen: worst frame interval (ms)", pacing.intervals().stream().mapToDouble(d -> d).max()
                .orElse(Double.NaN));

        figures.forEach((name, value) -> System.out.printf("ui %s=%.1f%n", name, value));
        if (!problems.isEmpty()) {
            System.out.println("ui problems: " + problems);
        }
        fx(() -> {
            app.close();
            return null;
        });
    }

    /** Time between frames, and the part of each frame spent on CSS and layout (the rest is mostly rendering). */
    private record Frames(List<Double> intervals, List<Double> layoutMs) {
    }

    /**
     * Runs {@code step} at each of {@code count} frames from an AnimationTimer; returns the time between frames
     * and each frame's CSS and layout time, in milliseconds.
     */
    private static Frames frames(int count, Runnable step) throws Exception {
        var intervals = new ArrayList<Double>();
        var layout = new ArrayList<Double>();
        var finished = new CountDownLatch(1);
        long[] layoutStart = {0};
        Runnable before = () -> layoutStart[0] = System.nanoTime();
        Runnable after = () -> {
            if (layoutStart[0] != 0) {
                layout.add((System.nanoTime() - layoutStart[0]) / 1e6);
            }
        };
        var scene = fx(() -> Window.getWindows().get(0).getScene());
        fx(() -> {
            scene.addPreLayoutPulseListener(before);
            scene.addPostLayoutPulseListener(after);
            new AnimationTimer() {
                private long last;
                private int steps;

                @Override
                public void handle(long now) {
                    if (last != 0) {
                        intervals.add((now - last) / 1e6);
                    }
                    last = now;
                    if (steps >= count) {
                        stop();
                        scene.removePreLayoutPulseListener(before);
                        scene.removePostLayoutPulseListener(after);
                        finished.countDown();
                        return;
                    }
                    steps++;
                    step.run();
                }
            }.start();
            return null;
        });
        if (!finished.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The frames did not finish");
        }
        return fx(() -> new Frames(List.copyOf(intervals), List.copyOf(layout)));
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> history(RunningApp app) {
        return (ListView<Object>) lookup(app, "#history-list");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<InsightsViewModel.Range> insightsRange(RunningApp app) {
        return (ComboBox<InsightsViewModel.Range>) lookup(app, "#insights-range");
    }

    private static Node lookup(RunningApp app, String id) {
        Node node = app.stage().getScene().lookup(id);
        if (node == null) {
            throw new IllegalStateException("Nothing on screen matches " + id);
        }
        return node;
    }

    /** Waits until background work is done and its results are on screen, then for two more frames. */
    private static void settle(RunningApp app) throws Exception {
        for (int i = 0; i < 3; i++) {
            fx(() -> null);
            app.tasks().awaitIdle();
            fx(() -> null);
        }
        var frames = new CountDownLatch(2);
        fx(() -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    frames.countDown();
                    if (frames.getCount() == 0) {
                        stop();
                    }
                }
            }.start();
            return null;
        });
        frames.await(10, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** VmRSS from /proc/self/status, in MB; NaN where there is no /proc. */
    static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Runs this benchmark in a fresh JVM {@code runs} times and returns the median of each figure. */
    public static Map<String, Double> run(int runs, Path dataDir, int rows, double pacerSeconds, List<String> jvmFlags,
                                          Map<String, String> env)
            throws IOException, InterruptedException {
        var all = new LinkedHashMap<String, List<Double>>();
        for (int i = 0; i < runs; i++) {
            var cmd = new ArrayList<String>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmFlags);
            cmd.add("-Xmx1g");
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(UiBench.class.getName());
            cmd.add(dataDir.toString());
            cmd.add(String.valueOf(rows));
            cmd.add(String.valueOf(pacerSeconds));
            var builder = new ProcessBuilder(cmd).redirectErrorStream(true);
            builder.environment().putAll(env);
            var process = builder.start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("The UI benchmark failed:\n" + out);
            }
            for (String line : out.split("\n")) {
                if (line.startsWith("ui problems")) {
                    System.out.println(line);
                } else if (line.startsWith("ui ")) {
                    int eq = line.lastIndexOf('=');
                    all.computeIfAbsent(line.substring(3, eq), k -> new ArrayList<>())
                            .add(Double.parseDouble(line.substring(eq + 1)));
                }
            }
        }
        var medians = new LinkedHashMap<String, Double>();
        all.forEach((name, values) -> {
            medians.put(name, Stats.median(values));
            if (name.contains("worst")) {
                medians.put(name.replace("worst", "worst of all runs:"), values.stream().mapToDouble(d -> d).max()
                        .orElse(Double.NaN));
            }
        });
        medians.put("runs", (double) runs);
        return medians;
    }
}
