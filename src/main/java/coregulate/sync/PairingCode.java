package coregulate.sync;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pairing code: ten words drawn uniformly from a bundled list of 512 common words, so 90 bits by
 * construction. It is generated, never chosen, because it guards every shared entry for ever.
 */
public final class PairingCode {
    public static final int WORD_COUNT = 10;
    private final List<String> words;
    private final Map<String, Integer> index;

    private PairingCode(List<String> words) {
        this.words = List.copyOf(words);
        this.index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            if (index.put(words.get(i), i) != null) {
                throw new IllegalStateException("duplicate word " + words.get(i));
            }
        }
        if (Integer.bitCount(words.size()) != 1) {
            throw new IllegalStateException("word list size must be a power of two for uniform choice");
        }
    }

    public static PairingCode bundled() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PairingCode.class.getResourceAsStream("/coregulate/sync/words.txt"), StandardCharsets.UTF_8))) {
            return new PairingCode(r.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> words() {
        return words;
    }

    public double bitsOfEntropy() {
        return WORD_COUNT * (Math.log(words.size()) / Math.log(2));
    }

    public String generate(SecureRandom random) {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < WORD_COUNT; i++) {
            chosen.add(words.get(random.nextInt(words.size())));
        }
        return String.join(" ", chosen);
    }

    /** The result of reading what a person typed. */
    public record Parsed(Optional<String> normalised, String problem) {
        public boolean ok() {
            return normalised.isPresent();
        }
    }

    /** Accepts any case, extra spaces, hyphens, dots or commas between words. */
    public Parsed parse(String typed) {
        String cleaned = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        List<String> parts = cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
        for (int i = 0; i < parts.size(); i++) {
            if (!index.containsKey(parts.get(i))) {
                return new Parsed(Optional.empty(), "Word " + (i + 1) + " (\"" + parts.get(i)
                        + "\") is not one of the code words. Please check its spelling.");
            }
        }
        if (parts.size() != WORD_COUNT) {
            return new Parsed(Optional.empty(), "The code has " + WORD_COUNT + " words; you typed "
                    + parts.size() + ".");
        }
        return new Parsed(Optional.of(String.join(" ", parts)), "");
    }
}
