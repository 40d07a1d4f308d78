package coregulate.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for one journal line. The associated data names the line's place (couple, device, epoch, seq),
 * so a line copied to another place in any journal fails authentication.
 */
public final class LineSealer {
    public static final int NONCE_BYTES = 12;
    private final SecretKeySpec key;
    private final String pairId;
    private final SecureRandom random;

    public LineSealer(byte[] key, String pairId, SecureRandom random) {
        if (key.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.pairId = pairId;
        this.random = random;
    }

    public record Sealed(byte[] nonce, byte[] ciphertext) {
    }

    public Sealed seal(String deviceId, int epoch, long seq, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, deviceId, epoch, seq);
            return new Sealed(nonce, c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String open(String deviceId, int epoch, long seq, byte[] nonce, byte[] ciphertext)
            throws SealedLineRejected {
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, nonce, deviceId, epoch, seq);
            return new String(c.doFinal(ciphertext), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedLineRejected("line " + deviceId + "/" + epoch + "/" + seq + " failed authentication", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String deviceId, int epoch, long seq)
            throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(128, nonce));
        c.updateAAD(("CR1|" + pairId + "|" + deviceId + "|" + epoch + "|" + seq).getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
