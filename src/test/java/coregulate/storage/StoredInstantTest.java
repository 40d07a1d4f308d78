package coregulate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick reading of stored times gives exactly what Instant.parse gives, and refuses what it refuses. */
class StoredInstantTest {
    @Test
    void everyTimeTheStoreWritesReadsBackAsTheSameInstant() {
        // Year 0000 to 9999, with no fraction, milliseconds, microseconds or nanoseconds, as Instant writes them.
        qt().withExamples(20_000).forAll(longs().between(-62_167_219_200L, 253_402_300_799L),
                integers().between(0, 999_999_999), integers().between(0, 3)).check((seconds, nanos, precision) -> {
                    int kept = switch (precision) {
                        case 0 -> 0;
                        case 1 -> nanos / 1_000_000 * 1_000_000;
                        case 2 -> nanos / 1_000 * 1_000;
                        default -> nanos;
                    };
                    var instant = Instant.ofEpochSecond(seconds, kept);
                    return StoredInstant.parse(instant.toString()).equals(instant);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T10:15:30Z", "2026-11-24T10:15:30.1Z", "2026-11-24T10:15:30.12345Z",
        "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "2026-11-24T24:00:00Z",
        "2026-11-24T10:15:30.Z"})
    void agreesWithInstantParseOnOtherFormsItAccepts(String text) {
        assertEquals(Instant.parse(text), StoredInstant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-24T10:60:00Z", "2026-11-24T10:15:30", "2026-11-24 10:15:30Z",
        "2026-1a-24T10:15:30Z", "2026-11-24T-1:15:30Z", "2026-11-24T10:15:30.1234567890Z", ""})
    void refusesWhatInstantParseRefuses(String text) {
        assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        assertThrows(DateTimeParseException.class, () -> StoredInstant.parse(text));
    }
}
