package coregulate.domain;

import java.util.Optional;

/** One of the two people in the couple. Position is 1 or 2 and only orders them on screen. */
public record Partner(RecordMeta meta, int position, String name, String pronouns, String colour,
                      Integer restingPulse) {

    public java.util.UUID id() {
        return meta.id();
    }

    public Optional<String> pronounsIfAny() {
        return pronouns == null || pronouns.isBlank() ? Optional.empty() : Optional.of(pronouns);
    }

    public Partner withDetails(String newName, String newPronouns, String newColour, java.time.Instant now) {
        return new Partner(meta.touched(now), position, newName, newPronouns, newColour, restingPulse);
    }
}
