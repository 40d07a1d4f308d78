package coregulate.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** The couple description file pair.json: no secret, only what a device needs to derive the key. */
public record CoupleFolder(Path root, int formatVersion, int minReaderVersion, String pairId, byte[] salt,
        KdfParams kdf, byte[] checkNonce, byte[] check, byte[] identityNonce, byte[] identity) {
    public static final String FILE = "pair.json";
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Plaintext sealed into pair.json so a wrong code is recognised before anything is written. */
    static final String CHECK_TEXT = "coregulate-pair-check";

    /**
     * Writes pair.json. The key check is a sealed constant: it lets a joining device tell a wrong code at
     * once, and tells an attacker nothing that any sealed journal line would not.
     */
    public static CoupleFolder create(Path root, KdfParams kdf, SecureRandom random, String normalisedCode)
            throws IOException {
        return create(root, kdf, random, normalisedCode, "{}");
    }

    /**
     * Writes pair.json with the couple's identity (its ids and names) sealed inside, so that the joining
     * computer can take on the same ids; nobody without the code can read it.
     */
    public static CoupleFolder create(Path root, KdfParams kdf, SecureRandom random, String normalisedCode,
            String identityJson) throws IOException {
        byte[] salt = newSalt(random);
        return create(root, kdf, random, salt, KeyDerivation.derive(normalisedCode, salt, kdf), identityJson);
    }

    public static byte[] newSalt(SecureRandom random) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return salt;
    }

    /** As above, with the key already derived from the code and {@code salt} (it takes a deliberate moment). */
    public static CoupleFolder create(Path root, KdfParams kdf, SecureRandom random, byte[] salt, byte[] key,
            String identityJson) throws IOException {
        String pairId = UUID.randomUUID().toString();
        LineSealer sealer = new LineSealer(key, pairId, random);
        LineSealer.Sealed check = sealer.seal("pair", 0, 0, CHECK_TEXT);
        LineSealer.Sealed identity = sealer.seal("pair", 0, 1, identityJson);
        CoupleFolder f = new CoupleFolder(root, FORMAT, FORMAT, pairId, salt, kdf, check.nonce(),
                check.ciphertext(), identity.nonce(), identity.ciphertext());
        ObjectNode n = JSON.createObjectNode();
        n.put("fmt", FORMAT).put("minReaderVersion", FORMAT).put("pairId", f.pairId)
                .put("checkNonce", Base64.getEncoder().encodeToString(check.nonce()))
                .put("check", Base64.getEncoder().encodeToString(check.ciphertext()))
                .put("identityNonce", Base64.getEncoder().encodeToString(identity.nonce()))
                .put("identity", Base64.getEncoder().encodeToString(identity.ciphertext()));
        n.putObject("kdf").put("alg", "argon2id").put("m", kdf.memoryKib()).put("t", kdf.iterations())
                .put("p", kdf.parallelism()).put("salt", Base64.getEncoder().encodeToString(salt));
        Files.createDirectories(root);
        Path tmp = root.resolve(".tmp-pair.json");
        Files.writeString(tmp, n.toPrettyString());
        Files.move(tmp, root.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return f;
    }

    /** Reads pair.json, or explains in plain words why this folder cannot be used. */
    public static CoupleFolder read(Path root) throws NotACoupleFolder {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new NotACoupleFolder("This folder is not a Coregulate couple folder (no " + FILE
                    + "). If your partner just set it up, wait until your sync tool has copied it.");
        }
        try {
            JsonNode n = JSON.readTree(Files.readString(file));
            int min = n.path("minReaderVersion").asInt(Integer.MAX_VALUE);
            if (min > FORMAT) {
                throw new NotACoupleFolder("This couple folder was made by a newer Coregulate. "
                        + "Please update Coregulate on this computer.");
            }
            JsonNode k = n.get("kdf");
            int m = k.get("m").asInt();
            int t = k.get("t").asInt();
            int p = k.get("p").asInt();
            if (!"argon2id".equals(k.path("alg").asText()) || m < 8 || m > 1 << 20 || t < 1 || t > 16
                    || p < 1 || p > 16) {
                // A hostile pair.json must not make us allocate gigabytes or spin for hours.
                throw new NotACoupleFolder("The couple description in this folder asks for unusual key settings "
                        + "and was not used.");
            }
            return new CoupleFolder(root, n.get("fmt").asInt(), min, n.get("pairId").asText(),
                    Base64.getDecoder().decode(k.get("salt").asText()),
                    new KdfParams(k.get("m").asInt(), k.get("t").asInt(), k.get("p").asInt()),
                    Base64.getDecoder().decode(n.get("checkNonce").asText()),
                    Base64.getDecoder().decode(n.get("check").asText()),
                    Base64.getDecoder().decode(n.path("identityNonce").asText("")),
                    Base64.getDecoder().decode(n.path("identity").asText("")));
        } catch (IOException | RuntimeException e) {
            throw new NotACoupleFolder("The couple description in this folder could not be read. "
                    + "It may still be syncing; try again in a moment.");
        }
    }

    /** True when the key opens this folder's key check. */
    public boolean accepts(byte[] key) {
        try {
            return CHECK_TEXT.equals(new LineSealer(key, pairId, new SecureRandom()).open("pair", 0, 0, checkNonce,
                    check));
        } catch (SealedLineRejected e) {
            return false;
        }
    }

    /** The sealed couple identity, once the key is known; "{}" for a folder made without one. */
    public String identity(byte[] key) throws SealedLineRejected {
        if (identity == null || identity.length == 0) {
            return "{}";
        }
        return new LineSealer(key, pairId, new SecureRandom()).open("pair", 0, 1, identityNonce, identity);
    }

    public Path deviceFolder(String deviceId) {
        return root.resolve("dev-" + deviceId);
    }

    /** Thrown with a message meant for the person choosing the folder. */
    public static final class NotACoupleFolder extends Exception {
        public NotACoupleFolder(String message) {
            super(message);
        }
    }
}
