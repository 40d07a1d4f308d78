package coregulate.exchange.demo;

import coregulate.breathing.ExerciseSession;
import coregulate.domain.BodySignal;
import coregulate.domain.Couple;
import coregulate.domain.Emotion;
import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.Reaction;
import coregulate.domain.checkin.Trigger;
import coregulate.domain.checkin.TriggerCategory;
import coregulate.domain.timeout.TimeOut;
import coregulate.service.CoupleService;
import coregulate.service.CoupleService.PartnerDraft;
import coregulate.storage.Database;
import coregulate.storage.DeviceRepository;
import coregulate.storage.checkin.CheckInRepository;
import coregulate.storage.checkin.HelpsCardRepository;
import coregulate.storage.checkin.TriggerRepository;
import coregulate.storage.couple.CoupleRepository;
import coregulate.storage.exercise.ExerciseRepository;
import coregulate.storage.timeout.TimeOutRepository;
import coregulate.domain.checkin.HelpsCard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A believable sample couple, Maya and Jonas, with entries over a chosen span: for newcomers and screenshots
 * (three months) and for the benchmarks (ten years). Seeded, so the same call gives the same data.
 */
public final class SampleCouple {
    private static final String[] NOTES = {"Long day at work, felt it in my shoulders.", "We laughed at dinner.",
            "The talk about money got heated.", "Slept badly, everything felt loud.", "A calm walk together.",
            "Felt far away after the phone call with my mother.", "Good morning, coffee on the balcony."};
    private static final String[] TRIGGER_TITLES = {"Comment about the dishes", "Phone out during dinner",
            "Late again without a message", "Raised voice about the budget", "Visit to the in-laws",
            "Deadline at work", "Felt interrupted mid-sentence", "Reminder of an old argument"};
    private static final String[] EXERCISES = {"resonance-breathing", "cyclic-sighing", "extended-exhale",
            "grounding-54321", "orienting", "humming-voo"};
    private static final String[] EXERCISE_NAMES = {"Resonance breathing", "Cyclic sighing", "Longer breath out",
            "5-4-3-2-1 senses", "Orienting to the room", "Humming"};

    private final Database db;
    private final Clock clock;
    private final Random random;

    public SampleCouple(Database db, Clock clock, long seed) {
        this.db = db;
        this.clock = clock;
        this.random = new Random(seed);
    }

    /** How much was made, for the benchmark's log. */
    public record Made(Couple couple, int checkIns, int triggers, int timeOuts, int sessions) {
    }

    /** Creates the couple and entries for the given number of days up to today, in one transaction. */
    public Made fill(int days, int maxCheckInsPerDay) {
        return fill(days, 1, maxCheckInsPerDay);
    }

    /** As {@link #fill(int, int)}, with between min and max check-ins a day for each partner. */
    public Made fill(int days, int minCheckInsPerDay, int maxCheckInsPerDay) {
        var device = new DeviceRepository(db).localDeviceId("Sample computer", clock.instant());
        var couple = new CoupleService(new CoupleRepository(db), clock, device).createCouple(
                new PartnerDraft("Maya", "she/her", "#3b82f6"), new PartnerDraft("Jonas", "he/him", "#f97316"));
        var checkIns = new CheckInRepository(db);
        var triggers = new TriggerRepository(db);
        var timeOuts = new TimeOutRepository(db);
        var exercises = new ExerciseRepository(db);
        var cards = new HelpsCardRepository(db);
        ZoneId zone = clock.getZone();
        var today = LocalDate.now(clock);
        int[] counts = new int[4];
        db.write(c -> {
            var now = clock.instant();
            cards.save(new HelpsCard(new RecordMeta(UUID.randomUUID(), now, now, couple.first().id(), device,
                    Visibility.SHARED), "stay close and speak slowly", "sit with me, no questions yet", "walk away mid-sentence"));
            cards.save(new HelpsCard(new RecordMeta(UUID.randomUUID(), now, now, couple.second().id(), device,
                    Visibility.SHARED), "give me ten minutes alone", "ask me to go for a walk", "bring up old fights"));
            double[] level = {0, 0};
            var sessions = new ArrayList<ExerciseSession>();
            for (int d = days - 1; d >= 0; d--) {
                var day = today.minusDays(d);
                for (int p = 0; p < 2; p++) {
                    var partner = couple.partners().get(p);
                    int n = minCheckInsPerDay + random.nextInt(Math.max(1, maxCheckInsPerDay - minCheckInsPerDay + 1));
                    for (int i = 0; i < n; i++) {
                        level[p] = Math.max(-5, Math.min(5, level[p] * 0.6 + random.nextGaussian() * 1.8));
                        int arousal = (int) Math.round(level[p]);
                        int hour = Math.min(23, 7 + i * Math.max(1, 15 / n) + random.nextInt(2));
                        var at = day.atTime(LocalTime.of(hour, random.nextInt(60)))
                                .atZone(zone).toInstant();
                        if (at.isAfter(clock.instant())) {
                            at = clock.instant().minusSeconds(60L * (i + 1));
                        }
                        checkIns.insert(checkIn(partner.id(), device, at, arousal));
                        counts[0]++;
                        if (arousal >= 3 && random.nextInt(3) == 0) {
                            triggers.insert(trigger(partner.id(), device, at));
                            counts[1]++;
                        }
                        if (Math.abs(arousal) >= 2 && random.nextInt(4) == 0) {
                            int k = arousal > 0 ? random.nextInt(4) : 3 + random.nextInt(3);
                            int after = (int) Math.signum(arousal) * Math.max(0, Math.abs(arousal) - 1 - random.nextInt(3));
                            sessions.add(new ExerciseSession(RecordMeta.create(partner.id(), device, at.plusSeconds(600)),
                                    EXERCISES[k], EXERCISE_NAMES[k], at.plusSeconds(600), 300, true, arousal, after, null, null));
                        }
                    }
                }
                if (random.nextInt(9) == 0) {
                    var caller = couple.partners().get(random.nextInt(2)).id();
                    var called = day.atTime(LocalTime.of(20, random.nextInt(60))).atZone(zone).toInstant();
                    if (called.plus(Duration.ofHours(2)).isBefore(clock.instant())) {
                        timeOuts.insert(timeOut(couple, caller, device, called));
                        counts[2]++;
                    }
                }
            }
            exercises.insertSessions(sessions);
            counts[3] = sessions.size();
            return null;
        });
        return new Made(couple, counts[0], counts[1], counts[2], counts[3]);
    }

    private CheckIn checkIn(UUID partner, UUID device, Instant at, int arousal) {
        var signals = EnumSet.noneOf(BodySignal.class);
        var emotions = EnumSet.noneOf(Emotion.class);
        if (arousal >= 2) {
            signals.add(random.nextBoolean() ? BodySignal.RACING_HEART : BodySignal.MUSCLE_TENSION);
            emotions.add(random.nextBoolean() ? Emotion.IRRITABLE : Emotion.ANXIOUS);
        } else if (arousal <= -2) {
            signals.add(random.nextBoolean() ? BodySignal.HEAVY_TIRED : BodySignal.FAR_AWAY);
            emotions.add(random.nextBoolean() ? Emotion.NUMB : Emotion.SAD);
        } else {
            emotions.add(random.nextBoolean() ? Emotion.CALM : Emotion.CONTENT);
        }
        Integer pulse = random.nextInt(3) == 0 ? 62 + Math.max(0, arousal) * 9 + random.nextInt(8) : null;
        Double sleep = random.nextInt(2) == 0 ? 5.0 + random.nextInt(8) * 0.5 : null;
        String note = random.nextInt(6) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
        var visibility = random.nextInt(3) == 0 ? Visibility.SHARED : Visibility.PRIVATE;
        return new CheckIn(new RecordMeta(UUID.randomUUID(), at, at, partner, device, visibility), at, arousal, signals,
                List.of(), emotions, List.of(), pulse, null, sleep, 2 + random.nextInt(4), note);
    }

    private Trigger trigger(UUID partner, UUID device, Instant at) {
        var categories = TriggerCategory.values();
        return new Trigger(new RecordMeta(UUID.randomUUID(), at, at, partner, device,
                random.nextBoolean() ? Visibility.SHARED : Visibility.PRIVATE), at,
                TRIGGER_TITLES[random.nextInt(TRIGGER_TITLES.length)], categories[random.nextInt(categories.length - 1)],
                "", 4 + random.nextInt(7), Reaction.values()[random.nextInt(4)], "", "a slow walk", null);
    }

    private TimeOut timeOut(Couple couple, UUID caller, UUID device, Instant called) {
        var t = TimeOut.call(new RecordMeta(UUID.randomUUID(), called, called, caller, device, Visibility.SHARED), caller,
                called, 30, Duration.ofHours(24), null);
        if (random.nextInt(6) == 0) {
            return t;
        }
        var back = called.plus(Duration.ofMinutes(35 + random.nextInt(20)));
        var other = couple.otherThan(caller).id();
        return t.markReady(caller, other, back).markReady(other, caller, back).recordOutcome(2 + random.nextInt(4), "",
                back.plusSeconds(1800));
    }

}
