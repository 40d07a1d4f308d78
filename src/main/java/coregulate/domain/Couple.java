package coregulate.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The couple as set up on first run: always exactly two partners. */
public record Couple(UUID id, List<Partner> partners) {
    public Couple {
        partners = List.copyOf(partners);
        if (partners.size() != 2) {
            throw new IllegalArgumentException("A couple has exactly two partners, got " + partners.size());
        }
    }

    public Partner first() {
        return partners.get(0);
    }

    public Partner second() {
        return partners.get(1);
    }

    public Optional<Partner> partner(UUID id) {
        return partners.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The other person: the one whose shared entries the given partner may see. */
    public Partner otherThan(UUID id) {
        return first().id().equals(id) ? second() : first();
    }
}
