package coregulate.bench;

import coregulate.breathing.BreathingPattern;
import coregulate.breathing.BreathingSchedule;
import java.lang.management.ManagementFactory;

/**
 * Drives the pacer's timeline the way its AnimationTimer does, at about 60 frames a second from the monotonic
 * clock, while another thread keeps the second core busy. Measures how late each phase change is shown and how
 * far the end is from its schedule.
 */
public final class PacerBench {
    public record Result(double seconds, int phaseChanges, double worstLateMs, double endErrorMs, double cpuPercent) {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println(run(args.length > 0 ? Double.parseDouble(args[0]) : 600));
    }

    public static Result run(double seconds) throws InterruptedException {
        var pattern = new BreathingPattern(5.5, 0, 0, 5.5, 0, null, seconds / 60.0);
        var schedule = new BreathingSchedule(pattern);
        var load = new Thread(() -> {
            long x = 0;
            while (!Thread.currentThread().isInterrupted()) {
                x += System.nanoTime() % 7;
            }
            if (x == 42) {
                System.out.print("");
            }
        }, "bench-load");
        load.setDaemon(true);
        load.start();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
            while (System.nanoTime() < next) {
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                Thread.onSpinWait();
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
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        load.interrupt();
        return new Result(seconds, changes, worstLate, endError, 100.0 * cpu / wall);
    }
}
