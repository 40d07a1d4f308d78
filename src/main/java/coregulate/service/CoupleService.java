package coregulate.service;

import coregulate.domain.Couple;
import coregulate.domain.NameRules;
import coregulate.domain.Partner;
import coregulate.domain.RecordMeta;
import coregulate.domain.Visibility;
import coregulate.storage.couple.CoupleRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Setting up the couple on first run and keeping the partners' details. */
public final class CoupleService {
    private final CoupleRepository couples;
    private final Clock clock;
    private final UUID deviceId;

    public CoupleService(CoupleRepository couples, Clock clock, UUID deviceId) {
        this.couples = couples;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** What a person types for one partner on the welcome screen. */
    public record PartnerDraft(String name, String pronouns, String colour) {
    }

    public Optional<Couple> couple() {
        return couples.find();
    }

    public Couple createCouple(PartnerDraft first, PartnerDraft second) {
        for (var draft : List.of(first, second)) {
            NameRules.problemWithName(draft.name()).ifPresent(msg -> {
                throw new IllegalArgumentException(msg);
            });
            NameRules.problemWithPronouns(draft.pronouns()).ifPresent(msg -> {
                throw new IllegalArgumentException(msg);
            });
        }
        if (couples.find().isPresent()) {
            throw new IllegalStateException("This data folder already has a couple set up.");
        }
        var now = clock.instant();
        UUID firstId = UUID.randomUUID();
        UUID secondId = UUID.randomUUID();
        var a = new Partner(new RecordMeta(firstId, now, now, firstId, deviceId, Visibility.SHARED), 1,
                first.name().strip(), blankToNull(first.pronouns()), blankToNull(first.colour()), null);
        var b = new Partner(new RecordMeta(secondId, now, now, secondId, deviceId, Visibility.SHARED), 2,
                second.name().strip(), blankToNull(second.pronouns()), blankToNull(second.colour()), null);
        var couple = new Couple(UUID.randomUUID(), List.of(a, b));
        couples.insert(couple);
        return couple;
    }

    public Partner updatePartner(Partner partner) {
        NameRules.problemWithName(partner.name()).ifPresent(msg -> {
            throw new IllegalArgumentException(msg);
        });
        var updated = new Partner(partner.meta().touched(clock.instant()), partner.position(), partner.name().strip(),
                blankToNull(partner.pronouns()), blankToNull(partner.colour()), partner.restingPulse());
        couples.updatePartner(updated);
        return updated;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
