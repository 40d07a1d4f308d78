package coregulate.domain.timeout;

import coregulate.domain.RecordMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One time-out, as stored: who called it and when, the agreed break and latest return, and what happened
 * since. Its phase is a pure function of these facts and the time, so it survives restarts unchanged.
 */
public record TimeOut(RecordMeta meta, UUID calledBy, Instant calledAt, int breakMinutes, Instant latestReturn,
                      UUID agreementId, int extraMinutes, Instant cancelledAt, UUID acknowledgedBy,
                      Set<UUID> ready, Instant reconvenedAt, Integer outcome, String outcomeNote) {
    /** A mistaken call can be taken back within this time, without a dialog in the way. */
    public static final Duration CANCEL_WINDOW = Duration.ofSeconds(10);

    public TimeOut {
        ready = Set.copyOf(ready);
        outcomeNote = outcomeNote == null ? "" : outcomeNote;
    }

    public static TimeOut call(RecordMeta meta, UUID caller, Instant now, int breakMinutes, Duration latestReturn,
                               UUID agreementId) {
        return new TimeOut(meta, caller, now, breakMinutes, now.plus(latestReturn), agreementId, 0, null, null,
                Set.of(), null, null, "");
    }

    public Instant breakEndsAt() {
        return calledAt.plus(Duration.ofMinutes(breakMinutes + (long) extraMinutes));
    }

    public TimeOutPhase phaseAt(Instant now) {
        if (cancelledAt != null) {
            return TimeOutPhase.CANCELLED;
        }
        if (reconvenedAt != null) {
            return TimeOutPhase.RECONVENED;
        }
        if (!now.isBefore(latestReturn)) {
            return TimeOutPhase.MISSED;
        }
        if (now.isBefore(calledAt.plus(CANCEL_WINDOW))) {
            return TimeOutPhase.CALLED;
        }
        return now.isBefore(breakEndsAt()) ? TimeOutPhase.RUNNING : TimeOutPhase.RECONVENING;
    }

    public TimeOut cancel(Instant now) {
        if (phaseAt(now) != TimeOutPhase.CALLED) {
            throw new IllegalStateException("A time-out can be taken back only in its first "
                    + CANCEL_WINDOW.toSeconds() + " seconds. It has started; it will end on its own.");
        }
        return new TimeOut(meta.touched(now), calledBy, calledAt, breakMinutes, latestReturn, agreementId, extraMinutes,
                now, acknowledgedBy, ready, reconvenedAt, outcome, outcomeNote);
    }

    public TimeOut acknowledge(UUID partner, Instant now) {
        if (partner.equals(calledBy) || !phaseAt(now).isActive()) {
            return this;
        }
        return new TimeOut(meta.touched(now), calledBy, calledAt, breakMinutes, latestReturn, agreementId, extraMinutes,
                cancelledAt, partner, ready, reconvenedAt, outcome, outcomeNote);
    }

    /** Asks for a set extra time; the break may never run past the agreed latest return. */
    public TimeOut extend(int minutes, Instant now) {
        var phase = phaseAt(now);
        if (phase != TimeOutPhase.RUNNING && phase != TimeOutPhase.RECONVENING) {
            throw new IllegalStateException("Extra time can be asked for during the break or when it ends.");
        }
        if (minutes <= 0) {
            throw new IllegalArgumentException("Extra time must be some minutes.");
        }
        var base = phase == TimeOutPhase.RECONVENING
                ? Duration.between(calledAt, now).toMinutes() - breakMinutes : extraMinutes;
        int newExtra = (int) Math.max(extraMinutes, base) + minutes;
        var candidate = new TimeOut(meta.touched(now), calledBy, calledAt, breakMinutes, latestReturn, agreementId,
                newExtra, cancelledAt, acknowledgedBy, Set.of(), reconvenedAt, outcome, outcomeNote);
        if (candidate.breakEndsAt().isAfter(latestReturn)) {
            throw new IllegalArgumentException("That would go past the time you agreed to come back by.");
        }
        return candidate;
    }

    /** A partner is ready to come back; once both are, the time-out is reconvened. */
    public TimeOut markReady(UUID partner, UUID otherPartner, Instant now) {
        if (phaseAt(now) != TimeOutPhase.RECONVENING && phaseAt(now) != TimeOutPhase.RUNNING) {
            throw new IllegalStateException("There is no break to come back from right now.");
        }
        var nowReady = new HashSet<>(ready);
        nowReady.add(partner);
        Instant reconvened = nowReady.contains(otherPartner) ? now : null;
        return new TimeOut(meta.touched(now), calledBy, calledAt, breakMinutes, latestReturn, agreementId, extraMinutes,
                cancelledAt, acknowledgedBy, nowReady, reconvened, outcome, outcomeNote);
    }

    public TimeOut recordOutcome(int rating, String note, Instant now) {
        if (reconvenedAt == null) {
            throw new IllegalStateException("How it went can be recorded once you have come back together.");
        }
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("How it went runs from 1 to 5.");
        }
        return new TimeOut(meta.touched(now), calledBy, calledAt, breakMinutes, latestReturn, agreementId, extraMinutes,
                cancelledAt, acknowledgedBy, ready, reconvenedAt, rating, note);
    }

    /** Whether the promise to come back was kept: reconvened before the latest agreed time. */
    public boolean promiseKept() {
        return reconvenedAt != null && !reconvenedAt.isAfter(latestReturn);
    }
}
