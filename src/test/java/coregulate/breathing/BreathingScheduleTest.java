package coregulate.breathing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BreathingScheduleTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aTenMinuteSessionLandsEveryPhaseChangeExactlyAndEndsAtTenMinutes() {
        // Resonance at 6 breaths a minute: 5 s in, 5 s out, for 10 minutes.
        var schedule = new BreathingSchedule(new BreathingPattern(5, 0, 0, 5, 0, null, 10.0));
        var fakeTicker = new AtomicLong(123_456_789L);
        var timer = new SessionTimer(fakeTicker::get);
        int boundaries = 0;
        // Frames arrive irregularly (a busy machine): uneven steps between 1 ms and 97 ms.
        long step = 1_000_000L;
        var seen = new java.util.ArrayList<String>();
        while (true) {
            var m = schedule.at(timer.elapsedNanos());
            seen.add(m.cycle() + ":" + m.phaseIndex());
            if (m.finished()) {
                break;
            }
            fakeTicker.addAndGet(step);
            step = step * 7 % 97_000_000L + 1_000_000L;
        }
        assertEquals(10 * 60 * SECOND, schedule.totalNanos());
        for (int cycle = 0; cycle < 60; cycle++) {
            for (int phase = 0; phase < 2; phase++) {
                long start = schedule.phaseStartNanos(cycle, phase);
                assertEquals((cycle * 10L + phase * 5L) * SECOND, start, "boundary of cycle " + cycle);
                var atStart = schedule.at(start);
                assertEquals(cycle, atStart.cycle());
                assertEquals(phase, atStart.phaseIndex(), "phase changes exactly at its boundary");
                var justBefore = schedule.at(start - 1);
                if (start > 0) {
                    assertFalse(justBefore.cycle() == cycle && justBefore.phaseIndex() == phase,
                            "one nanosecond earlier is still the previous phase");
                }
                boundaries++;
            }
        }
        assertEquals(120, boundaries);
        assertFalse(schedule.at(600 * SECOND - 1).finished(), "not over a nanosecond before 10:00");
        var end = schedule.at(600 * SECOND);
        assertTrue(end.finished(), "over at exactly 10:00");
        assertEquals("0:00", end.remainingText());
        assertEquals(59, end.cycle(), "the last instant still shows the last cycle");
        assertEquals("10:00", schedule.at(0).remainingText());
        assertTrue(seen.contains("59:1") && seen.contains("0:0"));
    }

    @Test
    void phaseWordsAndSecondsCountDownAsAPersonCounts() {
        var schedule = new BreathingSchedule(new BreathingPattern(4, 0, 4, 4, 4, 2, null));
        assertEquals("Breathe in", schedule.at(0).phase().words());
        assertEquals(4, schedule.at(0).secondsLeftInPhase());
        assertEquals(1, schedule.at(3 * SECOND + 1).secondsLeftInPhase());
        assertEquals("Hold", schedule.at(4 * SECOND).phase().words());
        assertEquals(PhaseKind.EXHALE, schedule.at(8 * SECOND).kind());
        assertEquals("Rest", schedule.at(12 * SECOND).phase().words());
        assertEquals(0.5, schedule.at(2 * SECOND).fraction(), 1e-9);
        assertEquals(32 * SECOND, schedule.totalNanos());
    }

    @Test
    void cyclicSighingHasAShortSecondBreathInBeforeTheLongOut() {
        var pattern = new BreathingPattern(3, 1, 0, 8, 0, null, 5.0);
        var schedule = new BreathingSchedule(pattern);
        assertEquals(PhaseKind.INHALE, schedule.at(3 * SECOND).kind());
        assertEquals("A little more in", schedule.at(3 * SECOND).phase().words());
        assertEquals(PhaseKind.EXHALE, schedule.at(4 * SECOND).kind());
        assertEquals(0, pattern.longestHoldSeconds());
    }

    @Test
    void slowingThePaceStretchesEveryPhaseInProportion() {
        var pattern = new BreathingPattern(5.5, 0, 0, 5.5, 0, 10, null);
        var slower = new BreathingSchedule(pattern, 5.0);
        assertEquals(6 * SECOND, slower.phaseStartNanos(0, 1));
        assertEquals(12 * SECOND, slower.cycleNanos());
        assertEquals(120 * SECOND, slower.totalNanos(), "ten breaths at 5 a minute take 2 minutes");
        assertThrows(IllegalArgumentException.class, () -> new BreathingSchedule(pattern, 40));
    }

    @Test
    void pausingFreezesTheTimelineAndResumingContinuesWhereItStopped() {
        var now = new AtomicLong();
        var timer = new SessionTimer(now::get);
        now.addAndGet(3 * SECOND);
        timer.pause();
        now.addAndGet(100 * SECOND);
        assertEquals(3 * SECOND, timer.elapsedNanos());
        assertTrue(timer.paused());
        timer.resume();
        now.addAndGet(2 * SECOND);
        assertEquals(5 * SECOND, timer.elapsedNanos());
    }

    @Test
    void paceRangesKeepWithinSafeBounds() {
        var resonance = new PaceRange(4.5, 7);
        assertTrue(resonance.problem(6).isEmpty());
        assertTrue(resonance.problem(4.5).isEmpty());
        assertEquals("Choose a pace from 4.5 to 7 breaths a minute.", resonance.problem(8).orElseThrow());
        assertTrue(resonance.problem(4.4).isPresent());
        assertEquals(7, resonance.clamp(9));
        assertThrows(IllegalArgumentException.class, () -> new PaceRange(1, 7));
        assertThrows(IllegalArgumentException.class, () -> new PaceRange(6, 30));
        var around = PaceRange.around(60.0 / 16);
        assertTrue(around.contains(60.0 / 16) && around.min() >= PaceRange.SAFE_MIN);
    }
}
