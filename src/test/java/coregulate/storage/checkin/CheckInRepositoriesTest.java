package coregulate.storage.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import coregulate.domain.ArousalState;
import coregulate.domain.BodySignal;
import coregulate.domain.Couple;
import coregulate.domain.Emotion;
import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.HistoryFilter;
import coregulate.domain.checkin.Reaction;
import coregulate.domain.checkin.Trigger;
import coregulate.domain.checkin.TriggerCategory;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.HelpsCardService;
import coregulate.service.checkin.TriggerService;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInRepositoriesTest {
    @TempDir
    Path dir;
    private final FakeClock clock = new FakeClock();
    private Store store;
    private Couple couple;
    private CheckInService checkIns;
    private TriggerService triggers;
    private HelpsCardService cards;

    @BeforeEach
    void open() {
        couple = CoupleSetup.anaAndSam(dir, clock);
        store = Store.open(dir);
        var device = UUID.randomUUID();
        checkIns = new CheckInService(new CheckInRepository(store.database()), clock, device);
        triggers = new TriggerService(new TriggerRepository(store.database()), clock, device);
        cards = new HelpsCardService(new HelpsCardRepository(store.database()), clock, device);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private UUID ana() {
        return couple.first().id();
    }

    private UUID sam() {
        return couple.second().id();
    }

    static CheckIn draft(int arousal, Visibility visibility, String note) {
        return new CheckIn(new RecordMeta(UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, UUID.randomUUID(),
                UUID.randomUUID(), visibility), null, arousal, Set.of(BodySignal.RACING_HEART), List.of("cold hands"),
                Set.of(Emotion.ANXIOUS), List.of(), 104, 38.5, 6.5, 2, note);
    }

    @Test
    void createEditDeleteKeepsEveryField() {
        var saved = checkIns.record(ana(), draft(3, Visibility.PRIVATE, "שלום 🌊"));
        var found = checkIns.history(HistoryFilter.all(ana()));
        assertEquals(List.of(saved), found);
        assertEquals("שלום 🌊", found.get(0).note());
        assertTrue(found.get(0).possibleFlooding(null));

        clock.advance(Duration.ofMinutes(5));
        var edited = new CheckIn(saved.meta(), saved.at(), -2, Set.of(), List.of(), Set.of(Emotion.NUMB), List.of(),
                null, null, null, null, "later");
        var updated = checkIns.update(ana(), edited);
        assertEquals(clock.instant(), updated.meta().updatedAt());
        assertEquals(List.of(updated), checkIns.history(HistoryFilter.all(ana())));

        checkIns.delete(ana(), updated);
        assertTrue(checkIns.history(HistoryFilter.all(ana())).isEmpty());
    }

    @Test
    void aPartnerSeesOnlyTheOthersSharedEntries() {
        checkIns.record(ana(), draft(4, Visibility.PRIVATE, "private to Ana"));
        var shared = checkIns.record(ana(), draft(2, Visibility.SHARED, "shared by Ana"));
        assertEquals(2, checkIns.history(HistoryFilter.all(ana())).size());
        assertEquals(List.of(shared), checkIns.history(HistoryFilter.all(sam())));
        assertThrows(IllegalArgumentException.class, () -> checkIns.delete(sam(), shared));
        assertThrows(IllegalArgumentException.class, () -> checkIns.update(sam(), shared));
    }

    @Test
    void filtersByAuthorDateAndState() {
        var early = checkIns.record(ana(), draft(-4, Visibility.SHARED, "shut down"));
        clock.advance(Duration.ofDays(2));
        var calm = checkIns.record(ana(), draft(0, Visibility.SHARED, "calm"));
        var samOwn = checkIns.record(sam(), draft(5, Visibility.PRIVATE, "sam"));
        var base = HistoryFilter.all(sam());
        assertEquals(List.of(samOwn, calm, early), checkIns.history(base));
        assertEquals(List.of(calm, early), checkIns.history(new HistoryFilter(sam(), Optional.of(ana()),
                Optional.empty(), Optional.empty(), Optional.empty(), 100, 0)));
        assertEquals(List.of(early), checkIns.history(new HistoryFilter(sam(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(ArousalState.SHUT_DOWN), 100, 0)));
        assertEquals(List.of(samOwn, calm), checkIns.history(new HistoryFilter(sam(), Optional.empty(),
                Optional.of(clock.instant().minusSeconds(60)), Optional.empty(), Optional.empty(), 100, 0)));
        assertEquals(Optional.of(samOwn), checkIns.latestFor(sam()));
    }

    @Test
    void badValuesNeverReachTheStore() {
        var bad = new CheckIn(draft(1, Visibility.PRIVATE, "").meta(), null, 1, Set.of(), List.of(), Set.of(),
                List.of(), 300, null, null, null, "");
        assertThrows(IllegalArgumentException.class, () -> checkIns.record(ana(), bad));
        var longNote = draft(1, Visibility.PRIVATE, "x".repeat(100_000));
        assertThrows(IllegalArgumentException.class, () -> checkIns.record(ana(), longNote));
        assertTrue(checkIns.history(HistoryFilter.all(ana())).isEmpty());
    }

    @Test
    void triggersFollowTheSameRules() {
        var checkIn = checkIns.record(ana(), draft(4, Visibility.PRIVATE, ""));
        var draft = new Trigger(new RecordMeta(UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, ana(), UUID.randomUUID(),
                Visibility.PRIVATE), null, "Dishes comment", TriggerCategory.CHORES, "", 7, Reaction.FIGHT, "kitchen",
                "a walk", checkIn.meta().id());
        var saved = triggers.record(ana(), draft);
        assertEquals(List.of(saved), triggers.visibleTo(ana()));
        assertTrue(triggers.visibleTo(sam()).isEmpty(), "private trigger hidden from Sam");
        var shared = triggers.update(ana(), new Trigger(saved.meta().withVisibility(Visibility.SHARED, clock.instant()),
                saved.at(), "Dishes", TriggerCategory.OTHER, "Tiredness", 6, Reaction.FREEZE, "", "", saved.checkInId()));
        assertEquals(List.of(shared), triggers.visibleTo(sam()));
        assertEquals("Tiredness", triggers.visibleTo(sam()).get(0).categoryLabel());
        var noTitle = new Trigger(draft.meta(), null, " ", TriggerCategory.MONEY, "", 3, null, "", "", null);
        assertThrows(IllegalArgumentException.class, () -> triggers.record(ana(), noTitle));
        // Deleting the check-in keeps the trigger, without the link.
        checkIns.delete(ana(), checkIn);
        assertEquals(null, triggers.visibleTo(ana()).get(0).checkInId());
        triggers.delete(ana(), shared);
        assertTrue(triggers.visibleTo(ana()).isEmpty());
    }

    @Test
    void theHelpsCardIsPrivateUntilShared() {
        cards.save(ana(), "hold my hand", "sit with me", "raise your voice", Visibility.PRIVATE);
        assertTrue(cards.cardOf(ana(), sam()).isEmpty());
        assertEquals("hold my hand", cards.cardOf(ana(), ana()).orElseThrow().whenActivated());
        cards.save(ana(), "hold my hand", "sit with me", "raise your voice", Visibility.SHARED);
        assertEquals("raise your voice", cards.cardOf(ana(), sam()).orElseThrow().pleaseDont());
    }
}
