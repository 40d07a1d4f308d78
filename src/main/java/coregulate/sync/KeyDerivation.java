package coregulate.sync;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Turns the pairing code and the couple folder's salt into the 256-bit journal key. */
public final class KeyDerivation {
    private KeyDerivation() {
    }

    public static byte[] derive(String normalisedCode, byte[] salt, KdfParams p) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(p.memoryKib()).withIterations(p.iterations())
                .withParallelism(p.parallelism()).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] key = new byte[32];
        gen.generateBytes(normalisedCode.getBytes(StandardCharsets.UTF_8), key);
        return key;
    }
}
