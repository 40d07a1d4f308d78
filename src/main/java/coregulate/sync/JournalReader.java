package coregulate.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads every device folder of a couple folder, including conflict copies made by sync tools. Nothing here
 * throws for bad data: damaged lines, forged lines and newer formats become counted notices, and a missing,
 * empty or placeholder file simply contributes no events (it never means "deleted").
 */
public final class JournalReader {
    private final LineSealer sealer;
    /**
     * Size and modification time of each file already merged. Journal files only grow and conflict copies are
     * new files, so an unchanged stamp means nothing new: the periodic rescan then costs a directory listing.
     */
    private final java.util.Map<Path, String> merged = new java.util.concurrent.ConcurrentHashMap<>();

    public JournalReader(LineSealer sealer) {
        this.sealer = sealer;
    }

    /** The outcome of one scan; {@code stamps} are the files read, to pass to {@link #markMerged} once stored. */
    public record Result(List<SyncEvent> events, int pendingLines, int corruptLines, List<String> notices,
                         java.util.Map<Path, String> stamps) {
        public Result(List<SyncEvent> events, int pendingLines, int corruptLines, List<String> notices) {
            this(events, pendingLines, corruptLines, notices, java.util.Map.of());
        }
    }

    /** Scans only files that changed since they were last merged. */
    public Result readChanged(Path coupleRoot) {
        return scan(coupleRoot, true);
    }

    /** Remembers the files of a scan whose events are now stored, so the next scan skips them. */
    public void markMerged(Result r) {
        merged.putAll(r.stamps());
    }

    public static boolean isJournalFile(String name) {
        if (name.startsWith(".") || name.startsWith("~") || name.endsWith(".tmp") || name.endsWith(".part")
                || name.contains(".tmp-") || name.endsWith(".partial") || name.endsWith(".download")) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("seg-") && (lower.endsWith(".jnl") || lower.contains("conflict"));
    }

    public Result readAll(Path coupleRoot) {
        return scan(coupleRoot, false);
    }

    private Result scan(Path coupleRoot, boolean onlyChanged) {
        java.util.Map<Path, String> stamps = new java.util.HashMap<>();
        List<SyncEvent> events = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        int[] counts = new int[2];
        try (Stream<Path> dirs = Files.list(coupleRoot)) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                if (Files.isDirectory(dir) && dir.getFileName().toString().startsWith("dev-")) {
                    readDevice(dir, events, notices, counts, onlyChanged, stamps);
                }
            }
        } catch (IOException | RuntimeException e) {
            notices.add("The shared folder could not be read right now (" + e.getClass().getSimpleName()
                    + "); nothing was changed.");
        }
        return new Result(events, counts[0], counts[1], notices, stamps);
    }

    private void readDevice(Path dir, List<SyncEvent> events, List<String> notices, int[] counts,
                            boolean onlyChanged, java.util.Map<Path, String> stamps) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(f) && isJournalFile(f.getFileName().toString())) {
                    String stamp = stamp(f);
                    if (onlyChanged && stamp != null && stamp.equals(merged.get(f))) {
                        continue;
                    }
                    if (stamp != null) {
                        stamps.put(f, stamp);
                    }
                    readFile(f, events, notices, counts);
                }
            }
        } catch (IOException | RuntimeException e) {
            notices.add("A partner folder could not be listed; will retry.");
        }
    }

    private static String stamp(Path f) {
        try {
            return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    void readFile(Path file, List<SyncEvent> events, List<String> notices, int[] counts) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return; // not available yet (placeholder, locked, vanished): try again on the next scan
        }
        parse(bytes, events, notices, counts);
    }

    /** Parses complete lines; a last line without a newline is pending and left for a later scan. */
    public void parse(byte[] bytes, List<SyncEvent> events, List<String> notices, int[] counts) {
        int start = 0;
        boolean newerNoticed = false;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            String text = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            start = i + 1;
            if (text.isBlank()) {
                continue;
            }
            try {
                JournalLine line = JournalLine.decode(text);
                String plain = sealer.open(line.deviceId(), line.epoch(), line.seq(), line.nonce(), line.ciphertext());
                SyncEvent e = SyncEvent.fromJson(plain);
                if (!e.eid().equals(SyncEvent.eid(line.deviceId(), line.epoch(), line.seq()))
                        || !e.deviceId().equals(line.deviceId())) {
                    notices.add("A shared line did not match its place and was set aside.");
                    continue;
                }
                events.add(e);
            } catch (JournalLine.Corrupt e) {
                counts[1]++;
            } catch (JournalLine.NewerFormat e) {
                if (!newerNoticed) {
                    notices.add("Your partner uses a newer version of Coregulate; some shared changes will "
                            + "appear after you update.");
                    newerNoticed = true;
                }
            } catch (SealedLineRejected e) {
                notices.add("A shared line failed its integrity check and was set aside: " + e.getMessage());
            } catch (RuntimeException e) {
                notices.add("A shared line could not be understood and was set aside.");
            }
        }
        if (start < bytes.length) {
            counts[0]++;
        }
    }
}
