package coregulate.domain.checkin;

import coregulate.domain.ArousalState;
import java.time.Instant;

/**
 * What Insights reads of a check-in: when, the level, sleep and pulse when given, and the note. Years of these
 * load far faster than whole check-ins, whose body signals and emotions the charts never use.
 */
public record CheckInPoint(Instant at, int arousal, Double sleepHours, Integer pulse, String note) {
    public CheckInPoint {
        note = note == null ? "" : note;
    }

    public static CheckInPoint of(CheckIn c) {
        return new CheckInPoint(c.at(), c.arousal(), c.sleepHours(), c.pulse(), c.note());
    }

    public boolean insideWindow() {
        return ArousalState.insideWindow(arousal);
    }
}
