package coregulate.storage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the times the store keeps as text, in the form {@link Instant#toString()} writes them
 * ("2026-11-24T10:15:30.123Z"). Instant.parse takes about 6 microseconds each, which over ten years of
 * check-ins was most of the time an Insights chart took; this reads that one form directly, and hands anything
 * else to Instant.parse, so odd text is accepted or refused exactly as before.
 */
public final class StoredInstant {
    private static final long SECONDS_PER_DAY = 86_400;

    private StoredInstant() {
    }

    public static Instant parse(String text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (n > 20) {
            int fractionDigits = n - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1) {
                return Instant.parse(text);
            }
            nanos = digits(text, 20, n - 1);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return Instant.parse(text);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Instant.parse(text);
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The number written in text[from, to), or -1 when any of it is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
