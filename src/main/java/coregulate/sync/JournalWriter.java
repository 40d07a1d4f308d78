package coregulate.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Appends sealed lines to this device's own folder. A segment is never rewritten: every writer starts a fresh
 * segment after the highest existing one (so a torn tail left by a crash is simply left behind), and rolls
 * to a new one when the current one reaches the size limit.
 */
public final class JournalWriter implements AutoCloseable {
    static final Pattern SEGMENT = Pattern.compile("seg-(\\d+)-(\\d{6})\\.jnl");
    private final Path folder;
    private final int epoch;
    private final long maxSegmentBytes;
    private int segmentNumber;
    private FileChannel channel;

    public JournalWriter(Path deviceFolder, int epoch, long maxSegmentBytes) throws IOException {
        this.folder = deviceFolder;
        this.epoch = epoch;
        this.maxSegmentBytes = maxSegmentBytes;
        Files.createDirectories(deviceFolder);
        this.segmentNumber = highestSegment() + 1;
    }

    private int highestSegment() throws IOException {
        int max = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = SEGMENT.matcher(p.getFileName().toString());
                if (m.matches() && Integer.parseInt(m.group(1)) == epoch) {
                    max = Math.max(max, Integer.parseInt(m.group(2)));
                }
            }
        }
        return max;
    }

    /**
     * The highest sequence number already in our own journal (0 if none). After a backup is restored, the
     * outbox in the database is older than the journal, and a sequence number used twice would make the
     * partner's computer ignore the newer line as a repeat.
     */
    public long highestSeqWritten() {
        long max = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (!SEGMENT.matcher(p.getFileName().toString()).matches()) {
                    continue;
                }
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    try {
                        JournalLine l = JournalLine.decode(line);
                        if (l.epoch() == epoch) {
                            max = Math.max(max, l.seq());
                        }
                    } catch (JournalLine.Corrupt | JournalLine.NewerFormat e) {
                        // a torn tail or a damaged line says nothing about what was written
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return max;
        }
        return max;
    }

    public Path currentSegment() {
        return folder.resolve(String.format("seg-%d-%06d.jnl", epoch, segmentNumber));
    }

    /** Appends one line and forces it to disk before returning. */
    public synchronized void append(String line) throws IOException {
        appendAll(java.util.List.of(line));
    }

    /** Appends lines in order and forces them to disk once, before returning (a segment is forced before it closes). */
    public synchronized void appendAll(java.util.List<String> lines) throws IOException {
        for (String line : lines) {
            write(line);
        }
        if (channel != null) {
            channel.force(false);
        }
    }

    private void write(String line) throws IOException {
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a journal line cannot contain a newline");
        }
        if (channel != null && channel.size() >= maxSegmentBytes) {
            channel.force(false);
            channel.close();
            channel = null;
            segmentNumber++;
        }
        if (channel == null) {
            channel = FileChannel.open(currentSegment(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** True when our folder or the segment being written has been deleted under us (by a sync tool or a person). */
    public synchronized boolean lost() {
        return !Files.isDirectory(folder) || (channel != null && !Files.exists(currentSegment()));
    }

    /** Starts again in a fresh segment, making the folder if it is gone. */
    public synchronized void reopen() throws IOException {
        close();
        Files.createDirectories(folder);
        segmentNumber = highestSegment() + 1;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }
}
