package coregulate.service.suggest;

import coregulate.breathing.Exercise;
import coregulate.domain.BodySignal;
import coregulate.domain.Emotion;
import coregulate.domain.Partner;
import coregulate.domain.checkin.CheckIn;
import coregulate.rules.ExerciseFacts;
import coregulate.rules.PersonalRecord;
import coregulate.rules.RuleBook;
import coregulate.rules.SuggestionEngine;
import coregulate.rules.SuggestionInput;
import coregulate.rules.Suggestions;
import coregulate.service.ExerciseService;
import coregulate.service.SessionService;
import coregulate.service.checkin.CheckInService;
import coregulate.service.timeout.TimeOutService;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Feeds the rules with a partner's latest check-in, the time-out state and their own exercise ratings. */
public final class SuggestionService {
    private final CheckInService checkIns;
    private final TimeOutService timeOuts;
    private final SessionService sessions;
    private final ExerciseService exercises;
    private final Clock clock;
    private volatile RuleBook rules;

    public SuggestionService(CheckInService checkIns, TimeOutService timeOuts, SessionService sessions,
                             ExerciseService exercises, Clock clock) {
        this.checkIns = checkIns;
        this.timeOuts = timeOuts;
        this.sessions = sessions;
        this.exercises = exercises;
        this.clock = clock;
    }

    /** The rules, read and checked once; a broken rules file fails here with the rule's name. */
    public RuleBook rules() {
        if (rules == null) {
            rules = RuleBook.bundled(exercises.library().all().stream().map(Exercise::id).collect(Collectors.toSet()));
        }
        return rules;
    }

    public Suggestions forPartner(Partner partner, boolean feelsUnsafe) {
        var latest = checkIns.latestFor(partner.id());
        boolean running = timeOuts.active().isPresent();
        var time = LocalTime.now(clock);
        var input = latest.map(c -> input(c, partner.restingPulse(), feelsUnsafe, running, time))
                .orElseGet(() -> unsafe(SuggestionInput.noCheckInYet(running, time), feelsUnsafe));
        var catalogue = exercises.exercisesFor(partner.id()).stream()
                .map(e -> new ExerciseFacts(e.id(), e.name(), e.states().isEmpty() ? EnumSet.noneOf(
                        coregulate.domain.ArousalState.class) : EnumSet.copyOf(e.states()), e.longestHoldSeconds()))
                .toList();
        return new SuggestionEngine(rules(), catalogue).suggest(input, history(partner));
    }

    private static SuggestionInput unsafe(SuggestionInput in, boolean feelsUnsafe) {
        return new SuggestionInput(in.arousal(), in.signals(), in.emotions(), in.pulse(), in.restingPulse(), in.hrvMs(),
                in.sleepHours(), in.hasNote(), feelsUnsafe, in.timeOutRunning(), in.timeOfDay());
    }

    static SuggestionInput input(CheckIn c, Integer restingPulse, boolean feelsUnsafe, boolean running, LocalTime time) {
        return new SuggestionInput(c.arousal(), c.signals().stream().map(BodySignal::id).collect(Collectors.toSet()),
                c.emotions().stream().map(Emotion::id).collect(Collectors.toSet()), c.pulse(), restingPulse, c.hrvMs(),
                c.sleepHours(), !c.note().isBlank(), feelsUnsafe, running, time);
    }

    private Map<String, PersonalRecord> history(Partner partner) {
        var byExercise = new HashMap<String, List<int[]>>();
        for (var r : sessions.ratings(partner.id())) {
            byExercise.computeIfAbsent(r.exerciseId(), k -> new ArrayList<>()).add(new int[] {r.before(), r.after()});
        }
        var out = new HashMap<String, PersonalRecord>();
        byExercise.forEach((id, list) -> out.put(id, new PersonalRecord(id, list)));
        return out;
    }
}
