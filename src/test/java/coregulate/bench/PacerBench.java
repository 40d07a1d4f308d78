package coregulate.bench;

import coregulate.breathing.BreathingPattern;
import coregulate.breathing.BreathingSchedule;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives the pacer's timeline the way its AnimationTimer does, at about 60 frames a second from the monotonic
 * clock, while another process keeps the second core busy. Measures how late each phase change is shown, how
 * far the end is from its schedule, and the CPU this JVM uses meanwhile. Runs in a JVM of its own
 * ({@code PacerBench <seconds>}), so that the CPU figure holds nothing but the pacer and the JVM under it.
 */
public final class PacerBench {
    public record Result(double seconds, int phaseChanges, double worstLateMs, double endErrorMs,
                         double processCpuPercent, double pacerThreadCpuPercent) {
    }

    /** Spins one thread until it is killed: the load on the other core. */
    public static final class CpuLoad {
        private CpuLoad() {
        }

        public static void main(String[] args) {
            long x = 0;
            while (true) {
                x += System.nanoTime() % 7;
                if (x == 42) {
                    System.out.print("");
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        var r = run(args.length > 0 ? Double.parseDouble(args[0]) : 600);
        System.out.printf("pacer seconds=%.1f changes=%d late=%.2f end=%.2f cpu=%.2f thread=%.2f%n", r.seconds(),
                r.phaseChanges(), r.worstLateMs(), r.endErrorMs(), r.processCpuPercent(), r.pacerThreadCpuPercent());
    }

    /** Runs {@link #main} in a fresh JVM and reads its result. */
    public static Result inFreshJvm(double seconds) throws IOException, InterruptedException {
        // With the Java options the app ships with, so the pacer is timed as it runs for people.
        var cmd = new java.util.ArrayList<String>(List.of(javaBin(), "-Xmx256m"));
        String shipped = System.getProperty("bench.app.jvm.options", "").trim();
        if (!shipped.isEmpty()) {
            cmd.addAll(List.of(shipped.split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), PacerBench.class.getName(),
                String.valueOf(seconds)));
        var process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor((long) seconds + 120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("The pacer benchmark failed:\n" + out);
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("pacer ")) {
                var v = new java.util.HashMap<String, String>();
                for (String part : line.substring(6).trim().split(" ")) {
                    String[] kv = part.split("=");
                    v.put(kv[0], kv[1]);
                }
                return new Result(Double.parseDouble(v.get("seconds")), Integer.parseInt(v.get("changes")),
                        Double.parseDouble(v.get("late")), Double.parseDouble(v.get("end")),
                        Double.parseDouble(v.get("cpu")), Double.parseDouble(v.get("thread")));
            }
        }
        throw new IOException("No result from the pacer benchmark:\n" + out);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static Result run(double seconds) throws InterruptedException, IOException {
        var pattern = new BreathingPattern(5.5, 0, 0, 5.5, 0, null, seconds / 60.0);
        var schedule = new BreathingSchedule(pattern);
        var load = new ProcessBuilder(javaBin(), "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                CpuLoad.class.getName()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // Let the load and this JVM's start-up work settle before counting.
            Thread.sleep(1000);
            return pace(seconds, schedule);
        } finally {
            load.destroyForcibly();
            load.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Result pace(double seconds, BreathingSchedule schedule) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        long processCpuStart = os.getProcessCpuTime();
        long threadCpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int lastPhase = -1;
        int lastCycle = -1;
        double worstLate = 0;
        int changes = 0;
        long frame = 16_666_667L;
        // Frames rarely line up with a phase change; start them part-way into a frame, as a real display would.
        long offset = 7_300_000L;
        long end = schedule.totalNanos();
        double endError = Double.NaN;
        while (true) {
            long next = start + offset + (((System.nanoTime() - start - offset) / frame) + 1) * frame;
            // Sleep to the frame, as JavaFX's pulse timer waits: never spinning, so the CPU figure is fair.
            for (long left = next - System.nanoTime(); left > 0; left = next - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
            long elapsed = System.nanoTime() - start;
            var moment = schedule.at(elapsed);
            if (moment.finished()) {
                endError = (elapsed - end) / 1e6;
                break;
            }
            if (moment.phaseIndex() != lastPhase || moment.cycle() != lastCycle) {
                if (lastPhase >= 0) {
                    long scheduled = schedule.phaseStartNanos(moment.cycle(), moment.phaseIndex());
                    worstLate = Math.max(worstLate, (elapsed - scheduled) / 1e6);
                    changes++;
                }
                lastPhase = moment.phaseIndex();
                lastCycle = moment.cycle();
            }
        }
        long wall = System.nanoTime() - start;
        double processCpu = 100.0 * (os.getProcessCpuTime() - processCpuStart) / wall;
        double threadCpu = 100.0 * (threads.getCurrentThreadCpuTime() - threadCpuStart) / wall;
        return new Result(seconds, changes, worstLate, endError, processCpu, threadCpu);
    }
}
