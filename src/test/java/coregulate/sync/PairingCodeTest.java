package coregulate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class PairingCodeTest {
    private final PairingCode codes = PairingCode.bundled();

    @Test
    void theWordListGivesAtLeastEightyEightBits() {
        assertTrue(codes.bitsOfEntropy() >= 88, "bits: " + codes.bitsOfEntropy());
        assertEquals(codes.words().size(), new HashSet<>(codes.words()).size());
        assertTrue(codes.words().stream().allMatch(w -> w.matches("[a-z]{2,9}")));
    }

    @Test
    void generatedCodesParseBackAndDiffer() {
        SecureRandom r = new SecureRandom();
        String a = codes.generate(r);
        assertEquals(a, codes.parse(a).normalised().orElseThrow());
        assertNotEquals(a, codes.generate(r));
    }

    @Test
    void parsingForgivesCaseSpacesAndHyphens() {
        String code = codes.generate(new SecureRandom());
        String messy = "  " + code.toUpperCase().replaceFirst(" ", "-").replaceFirst(" ", "   ") + " ";
        assertEquals(code, codes.parse(messy).normalised().orElseThrow());
    }

    @Test
    void aTypoNamesTheWordThatIsWrong() {
        String code = codes.generate(new SecureRandom());
        String typo = code.replaceFirst("^\\S+", "qqqq");
        PairingCode.Parsed p = codes.parse(typo);
        assertFalse(p.ok());
        assertTrue(p.problem().contains("Word 1"), p.problem());
        assertTrue(codes.parse("apple apple").problem().contains("10 words"));
    }
}
