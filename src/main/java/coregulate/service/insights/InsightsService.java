package coregulate.service.insights;

import coregulate.breathing.ExerciseSession;
import coregulate.domain.Couple;
import coregulate.domain.Partner;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckInPoint;
import coregulate.domain.checkin.Trigger;
import coregulate.domain.timeout.TimeOut;
import coregulate.service.SessionService;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.TriggerService;
import coregulate.service.insights.Insights.Count;
import coregulate.service.insights.Insights.DayPoint;
import coregulate.service.insights.Insights.ExerciseChange;
import coregulate.service.insights.Insights.Pair;
import coregulate.service.insights.Insights.WeekShare;
import coregulate.service.timeout.TimeOutService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gathers what a viewer may see for a range and computes its insights: one partner's own entries, or the
 * couple's shared entries only. The screen asks for every chart at once; each chart can also be asked for on
 * its own, reading only what it needs.
 */
public final class InsightsService {
    private final CheckInService checkIns;
    private final TriggerService triggers;
    private final TimeOutService timeOuts;
    private final SessionService sessions;
    private final Clock clock;

    public InsightsService(CheckInService checkIns, TriggerService triggers, TimeOutService timeOuts,
                           SessionService sessions, Clock clock) {
        this.checkIns = checkIns;
        this.triggers = triggers;
        this.timeOuts = timeOuts;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Whose entries and which days one Insights view covers.
     *
     * @param subject a partner for their own view (only the viewer themselves), or empty for the couple view,
     *                which holds shared entries of both and the couple's time-outs
     */
    public record Scope(Couple couple, UUID viewer, Optional<Partner> subject, LocalDate from, LocalDate toInclusive) {
    }

    /** Every chart and the summary, as the Insights screen and the report show them. */
    public Insights compute(Couple couple, UUID viewer, Optional<Partner> subject, LocalDate from, LocalDate toInclusive) {
        return compute(new Scope(couple, viewer, subject, from, toInclusive));
    }

    public Insights compute(Scope scope) {
        String name = scope.subject().map(Partner::name)
                .orElse(scope.couple().first().name() + " & " + scope.couple().second().name());
        return InsightsCalculator.compute(name, scope.from(), scope.toInclusive(), clock.getZone(), checkInPoints(scope),
                triggers(scope), timeOuts(scope), sessions(scope), clock.instant());
    }

    // One chart each

    public List<DayPoint> arousalByDay(Scope scope) {
        return InsightsCalculator.arousalByDay(checkInPoints(scope), clock.getZone());
    }

    public List<WeekShare> windowShareByWeek(Scope scope) {
        return InsightsCalculator.windowShareByWeek(checkInPoints(scope), clock.getZone());
    }

    public List<Count> topCategories(Scope scope) {
        return InsightsCalculator.topCategories(triggers(scope));
    }

    public int[] triggersByWeekday(Scope scope) {
        return InsightsCalculator.triggersByWeekday(triggers(scope), clock.getZone());
    }

    public InsightsCalculator.TimeOutWeeks timeOutsByWeek(Scope scope) {
        return InsightsCalculator.timeOutsByWeek(timeOuts(scope), clock.getZone(), clock.instant());
    }

    public List<ExerciseChange> exercises(Scope scope) {
        return InsightsCalculator.exercises(sessions(scope));
    }

    public List<Pair> sleepVsArousal(Scope scope) {
        return InsightsCalculator.sleepVsArousal(checkInPoints(scope));
    }

    // What each chart reads

    private Instant start(Scope scope) {
        return scope.from().atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant end(Scope scope) {
        return scope.toInclusive().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private List<CheckInPoint> checkInPoints(Scope scope) {
        if (scope.subject().isPresent()) {
            return checkIns.points(scope.subject().get().id(), scope.viewer(), false, start(scope), end(scope));
        }
        var all = new ArrayList<CheckInPoint>();
        for (var p : scope.couple().partners()) {
            all.addAll(checkIns.points(p.id(), scope.viewer(), true, start(scope), end(scope)));
        }
        all.sort(Comparator.comparing(CheckInPoint::at));
        return all;
    }

    private List<Trigger> triggers(Scope scope) {
        if (scope.subject().isPresent()) {
            return triggers.between(scope.subject().get().id(), scope.viewer(), start(scope), end(scope));
        }
        var all = new ArrayList<Trigger>();
        for (var p : scope.couple().partners()) {
            triggers.between(p.id(), scope.viewer(), start(scope), end(scope)).stream()
                    .filter(x -> x.meta().visibility() == Visibility.SHARED).forEach(all::add);
        }
        return all;
    }

    private List<TimeOut> timeOuts(Scope scope) {
        return timeOuts.between(start(scope), end(scope));
    }

    /** A partner's own sessions, in their own view only. */
    private List<ExerciseSession> sessions(Scope scope) {
        var subject = scope.subject();
        if (subject.isEmpty() || !subject.get().id().equals(scope.viewer())) {
            return List.of();
        }
        var start = start(scope);
        var end = end(scope);
        return sessions.sessions(subject.get().id()).stream()
                .filter(x -> !x.startedAt().isBefore(start) && x.startedAt().isBefore(end)).toList();
    }
}
