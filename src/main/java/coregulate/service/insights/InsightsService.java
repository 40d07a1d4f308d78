package coregulate.service.insights;

import coregulate.breathing.ExerciseSession;
import coregulate.domain.Couple;
import coregulate.domain.Partner;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.Trigger;
import coregulate.service.SessionService;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.TriggerService;
import coregulate.service.timeout.TimeOutService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Gathers what a viewer may see for a range and computes its insights: one partner's own entries, or the
 * couple's shared entries only.
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
     * @param subject a partner for their own view (only the viewer themselves), or empty for the couple view,
     *                which holds shared entries of both and the couple's time-outs
     */
    public Insights compute(Couple couple, UUID viewer, Optional<Partner> subject, LocalDate from, LocalDate toInclusive) {
        var zone = clock.getZone();
        var start = from.atStartOfDay(zone).toInstant();
        var end = toInclusive.plusDays(1).atStartOfDay(zone).toInstant();
        List<CheckIn> c = new ArrayList<>();
        List<Trigger> t = new ArrayList<>();
        List<ExerciseSession> s = new ArrayList<>();
        String name;
        if (subject.isPresent()) {
            var partner = subject.get();
            name = partner.name();
            c.addAll(checkIns.between(partner.id(), viewer, start, end));
            t.addAll(triggers.between(partner.id(), viewer, start, end));
            if (partner.id().equals(viewer)) {
                sessions.sessions(partner.id()).stream()
                        .filter(x -> !x.startedAt().isBefore(start) && x.startedAt().isBefore(end)).forEach(s::add);
            }
        } else {
            name = couple.first().name() + " & " + couple.second().name();
            for (var p : couple.partners()) {
                checkIns.between(p.id(), viewer, start, end).stream()
                        .filter(x -> x.meta().visibility() == Visibility.SHARED).forEach(c::add);
                triggers.between(p.id(), viewer, start, end).stream()
                        .filter(x -> x.meta().visibility() == Visibility.SHARED).forEach(t::add);
            }
            c.sort(Comparator.comparing(CheckIn::at));
        }
        return InsightsCalculator.compute(name, from, toInclusive, zone, c, t, timeOuts.between(start, end), s,
                clock.instant());
    }
}
