package coregulate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoupleFolderTest {
    @TempDir
    Path dir;

    @Test
    void productionKeySettingsAreArgon2idWith64MiBThreePassesFourLanes() {
        assertEquals(new KdfParams(65536, 3, 4), KdfParams.PRODUCTION);
    }

    @Test
    void pairJsonHoldsNoCodeAndOnlyTheRightCodeOpensIt() throws Exception {
        String code = PairingCode.bundled().generate(new SecureRandom());
        CoupleFolder made = CoupleFolder.create(dir, KdfParams.FAST_FOR_TESTS, new SecureRandom(), code);
        String json = Files.readString(dir.resolve(CoupleFolder.FILE));
        for (String word : code.split(" ")) {
            assertFalse(json.contains("\"" + word + "\"") || json.contains(code), "no code in pair.json");
        }
        CoupleFolder read = CoupleFolder.read(dir);
        assertEquals(made.pairId(), read.pairId());
        assertTrue(read.accepts(KeyDerivation.derive(code, read.salt(), read.kdf())));
        assertFalse(read.accepts(KeyDerivation.derive(code + " apple", read.salt(), read.kdf())));
    }

    @Test
    void newerOrHostileDescriptionsAreRefusedWithAPlainMessage() throws Exception {
        Files.writeString(dir.resolve(CoupleFolder.FILE), "{\"fmt\":2,\"minReaderVersion\":2}");
        assertTrue(assertThrows(CoupleFolder.NotACoupleFolder.class, () -> CoupleFolder.read(dir))
                .getMessage().contains("newer Coregulate"));
        Files.writeString(dir.resolve(CoupleFolder.FILE), "{\"fmt\":1,\"minReaderVersion\":1,\"pairId\":\"x\","
                + "\"kdf\":{\"alg\":\"argon2id\",\"m\":99999999,\"t\":3,\"p\":4,\"salt\":\"AAAA\"}}");
        assertTrue(assertThrows(CoupleFolder.NotACoupleFolder.class, () -> CoupleFolder.read(dir))
                .getMessage().contains("unusual key settings"));
    }
}
