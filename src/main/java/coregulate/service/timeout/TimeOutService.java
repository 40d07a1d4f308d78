package coregulate.service.timeout;

import coregulate.domain.Couple;
import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.domain.timeout.TimeOut;
import coregulate.domain.timeout.TimeOutAgreement;
import coregulate.domain.timeout.TimeOutPhase;
import coregulate.storage.timeout.TimeOutRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The couple's time-out agreement and their time-outs. */
public final class TimeOutService {
    /** Without a confirmed agreement a call still gives the body its minimum time to settle. */
    public static final int DEFAULT_BREAK_MINUTES = TimeOutAgreement.MIN_BREAK_MINUTES;
    public static final int DEFAULT_RETURN_HOURS = TimeOutAgreement.MAX_RETURN_HOURS;

    private final TimeOutRepository repo;
    private final Clock clock;
    private final UUID deviceId;
    private final Couple couple;

    public TimeOutService(TimeOutRepository repo, Clock clock, UUID deviceId, Couple couple) {
        this.repo = repo;
        this.clock = clock;
        this.deviceId = deviceId;
        this.couple = couple;
    }

    /** What a partner writes or changes; saving makes a new version that the writer has confirmed. */
    public record AgreementDraft(String signalWords, String signalGesture, int breakMinutes, int latestReturnHours,
                                 String firstPlan, String secondPlan, String restart) {
    }

    public List<TimeOutAgreement> agreements() {
        return repo.agreements();
    }

    /** The newest version both partners have confirmed: the one in force. */
    public Optional<TimeOutAgreement> inForce() {
        return repo.agreements().stream()
                .filter(a -> a.confirmedByBoth(couple.first().id(), couple.second().id())).findFirst();
    }

    public TimeOutAgreement propose(UUID author, AgreementDraft d) {
        var problems = TimeOutAgreement.problems(d.signalWords(), d.breakMinutes(), d.latestReturnHours(),
                d.signalGesture(), d.firstPlan(), d.secondPlan(), d.restart());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        var now = clock.instant();
        int version = repo.agreements().stream().mapToInt(TimeOutAgreement::version).max().orElse(0) + 1;
        var agreement = new TimeOutAgreement(new RecordMeta(UUID.randomUUID(), now, now, author, deviceId,
                Visibility.SHARED), version, d.signalWords().strip(), nz(d.signalGesture()), d.breakMinutes(),
                d.latestReturnHours(), nz(d.firstPlan()), nz(d.secondPlan()), nz(d.restart()), Set.of(author));
        repo.insertAgreement(agreement);
        return agreement;
    }

    public void confirm(UUID partner, TimeOutAgreement agreement) {
        repo.confirm(agreement.meta().id(), partner, clock.instant());
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** The time-out that is on now, if any (called, running or reconvening). */
    public Optional<TimeOut> active() {
        var now = clock.instant();
        var latest = repo.latest();
        if (latest.isPresent() && latest.get().phaseAt(now).isActive()) {
            return latest;
        }
        return repo.latestNotCancelled().filter(t -> t.phaseAt(now).isActive());
    }

    /** The newest time-out, whatever its phase (to record how it went after reconvening). */
    public Optional<TimeOut> latest() {
        return repo.latest();
    }

    public TimeOut call(UUID caller) {
        var now = clock.instant();
        var running = active();
        if (running.isPresent()) {
            throw new IllegalStateException("A time-out is already on. It keeps going; there is no need to call another.");
        }
        var agreement = inForce();
        int breakMinutes = agreement.map(TimeOutAgreement::breakMinutes).orElse(DEFAULT_BREAK_MINUTES);
        var latestReturn = agreement.map(TimeOutAgreement::latestReturn).orElse(Duration.ofHours(DEFAULT_RETURN_HOURS));
        var timeOut = TimeOut.call(new RecordMeta(UUID.randomUUID(), now, now, caller, deviceId, Visibility.SHARED),
                caller, now, breakMinutes, latestReturn, agreement.map(a -> a.meta().id()).orElse(null));
        repo.insert(timeOut);
        return timeOut;
    }

    public TimeOut cancel(TimeOut t) {
        return save(t.cancel(clock.instant()));
    }

    public TimeOut acknowledge(TimeOut t, UUID partner) {
        return save(t.acknowledge(partner, clock.instant()));
    }

    public TimeOut extend(TimeOut t, int minutes) {
        return save(t.extend(minutes, clock.instant()));
    }

    public TimeOut ready(TimeOut t, UUID partner) {
        return save(t.markReady(partner, couple.otherThan(partner).id(), clock.instant()));
    }

    public TimeOut outcome(TimeOut t, int rating, String note) {
        return save(t.recordOutcome(rating, note, clock.instant()));
    }

    private TimeOut save(TimeOut t) {
        repo.update(t);
        return t;
    }

    public List<TimeOut> history() {
        return repo.history(500);
    }

    public List<TimeOut> between(Instant from, Instant to) {
        return repo.between(from, to);
    }

    /** How many times the couple came back together by the time they had promised. */
    public int promisesKept() {
        return repo.promisesKept();
    }

    public TimeOutPhase phaseOf(TimeOut t) {
        return t.phaseAt(clock.instant());
    }
}
