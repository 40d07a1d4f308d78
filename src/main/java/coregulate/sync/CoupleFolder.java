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
        KdfParams kdf) {
    public static final String FILE = "pair.json";
    public static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static CoupleFolder create(Path root, KdfParams kdf, SecureRandom random) throws IOException {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        CoupleFolder f = new CoupleFolder(root, FORMAT, FORMAT, UUID.randomUUID().toString(), salt, kdf);
        ObjectNode n = JSON.createObjectNode();
        n.put("fmt", FORMAT).put("minReaderVersion", FORMAT).put("pairId", f.pairId);
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
            return new CoupleFolder(root, n.get("fmt").asInt(), min, n.get("pairId").asText(),
                    Base64.getDecoder().decode(k.get("salt").asText()),
                    new KdfParams(k.get("m").asInt(), k.get("t").asInt(), k.get("p").asInt()));
        } catch (IOException | RuntimeException e) {
            throw new NotACoupleFolder("The couple description in this folder could not be read. "
                    + "It may still be syncing; try again in a moment.");
        }
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
