package coregulate.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32C;

/** The on-disk envelope of one sealed event: a JSON line whose CRC tells a torn line from a forged one. */
public record JournalLine(int version, String deviceId, int epoch, long seq, byte[] nonce, byte[] ciphertext) {
    public static final int VERSION = 1;
    public static final int MAX_LINE_BYTES = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        ObjectNode n = fields();
        n.put("crc", crc(n.toString()));
        return n.toString();
    }

    private ObjectNode fields() {
        ObjectNode n = JSON.createObjectNode();
        n.put("v", version).put("dev", deviceId).put("ep", epoch).put("seq", seq)
                .put("n", Base64.getEncoder().encodeToString(nonce))
                .put("ct", Base64.getEncoder().encodeToString(ciphertext));
        return n;
    }

    /** Thrown for a line that is damaged (not tampering: the CRC or syntax is wrong). */
    public static final class Corrupt extends Exception {
        public Corrupt(String m) {
            super(m);
        }
    }

    /** Thrown for a well-formed line from a newer format. */
    public static final class NewerFormat extends Exception {
        public NewerFormat(String m) {
            super(m);
        }
    }

    public static JournalLine decode(String text) throws Corrupt, NewerFormat {
        if (text.length() > MAX_LINE_BYTES) {
            throw new Corrupt("line too long");
        }
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (Exception e) {
            throw new Corrupt("not JSON");
        }
        if (n == null || !n.isObject() || !n.has("crc") || !n.has("v")) {
            throw new Corrupt("missing fields");
        }
        ObjectNode copy = ((ObjectNode) n).deepCopy();
        String crc = copy.remove("crc").asText();
        if (!crc.equals(crc(copy.toString()))) {
            throw new Corrupt("checksum mismatch");
        }
        int v = n.get("v").asInt();
        if (v > VERSION) {
            throw new NewerFormat("journal line format " + v);
        }
        try {
            return new JournalLine(v, n.get("dev").asText(), n.get("ep").asInt(), n.get("seq").asLong(),
                    Base64.getDecoder().decode(n.get("n").asText()),
                    Base64.getDecoder().decode(n.get("ct").asText()));
        } catch (RuntimeException e) {
            throw new Corrupt("bad field");
        }
    }

    private static String crc(String s) {
        CRC32C c = new CRC32C();
        c.update(s.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(c.getValue());
    }
}
