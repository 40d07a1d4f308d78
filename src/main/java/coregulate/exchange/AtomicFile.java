package coregulate.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file beside it, moved into place only when complete: a full disk or a
 * crash part-way never leaves a half-written export or report behind.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes the content; the result of the writer is returned once the file is in place. */
    public static <T> T write(Path file, Writer<T> writer) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".coregulate-", ".tmp");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temp)) {
                result = writer.write(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Content written to a stream. */
    @FunctionalInterface
    public interface Writer<T> {
        T write(OutputStream out) throws IOException;
    }
}
