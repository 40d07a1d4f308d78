package coregulate.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * sqlite-jdbc copies its native library out of its jar into the temp folder at every start, then reads both
 * back to compare them. This keeps one copy per sqlite-jdbc version in the cache folder instead and points
 * sqlite-jdbc at it ({@code org.sqlite.lib.path} and {@code org.sqlite.lib.name}), so a start only checks the
 * copy's size and checksum against the jar's index.
 *
 * <p>Two starts at once are safe: each writes its own temporary file and moves it into place in one step.
 * Anything that goes wrong leaves the properties unset, and sqlite-jdbc then does what it always did.
 */
public final class SqliteNativeCache {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeCache() {
    }

    /** For the launcher: the user's cache folder and this JVM's system properties. Never throws. */
    public static Optional<Path> useCacheFolder() {
        return install(CacheFolder.forThisMachine(), System.getProperties());
    }

    /**
     * Makes sure the native library for this OS and architecture is in {@code cacheRoot}, then sets the two
     * properties in {@code properties}. Returns the library file, or empty (and changes nothing) when the
     * properties were already set by someone else or anything fails.
     */
    public static Optional<Path> install(Path cacheRoot, Properties properties) {
        if (properties.getProperty(PATH_PROPERTY) != null || properties.getProperty(NAME_PROPERTY) != null) {
            return Optional.empty();
        }
        try {
            String version = SQLiteJDBCLoader.getVersion();
            if (version == null || !version.matches("[0-9.]+")) {
                return Optional.empty();
            }
            String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = LibraryLoaderUtil.getNativeLibName();
            URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
            if (resource == null) {
                return Optional.empty();
            }
            Path dir = cacheRoot.resolve("sqlite-" + version).resolve(folder);
            Path lib = extractOnce(resource, dir, name);
            properties.setProperty(PATH_PROPERTY, dir.toAbsolutePath().toString());
            properties.setProperty(NAME_PROPERTY, name);
            return Optional.of(lib);
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * Copies {@code resource} to {@code dir/name} unless an identical copy (same size and CRC-32) is already
     * there; a missing, short or changed copy is replaced.
     */
    static Path extractOnce(URL resource, Path dir, String name) throws IOException {
        var expected = Fingerprint.ofResource(resource);
        Path lib = dir.resolve(name);
        if (expected.equals(Fingerprint.ofFile(lib))) {
            return lib;
        }
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, name + ".", ".part");
        try {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (!expected.equals(Fingerprint.ofFile(part))) {
                throw new IOException("The copy of " + name + " does not match the one in the jar.");
            }
            part.toFile().setExecutable(true, true);
            moveIntoPlace(part, lib);
        } catch (IOException e) {
            // Another start may have put a good copy there meanwhile (a loaded DLL cannot be replaced on Windows).
            if (!expected.equals(Fingerprint.ofFile(lib))) {
                throw e;
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return lib;
    }

    private static void moveIntoPlace(Path part, Path lib) throws IOException {
        try {
            Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Size and CRC-32: cheap to get from a jar's index, and enough to notice a short or damaged copy. */
    record Fingerprint(long size, long crc) {
        static Fingerprint ofResource(URL resource) throws IOException {
            var connection = resource.openConnection();
            if (connection instanceof JarURLConnection jar) {
                var entry = jar.getJarEntry();
                if (entry != null && entry.getSize() >= 0 && entry.getCrc() >= 0) {
                    return new Fingerprint(entry.getSize(), entry.getCrc());
                }
            }
            try (InputStream in = connection.getInputStream()) {
                var crc = new CRC32();
                long size = 0;
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; size += n) {
                    crc.update(buffer, 0, n);
                }
                return new Fingerprint(size, crc.getValue());
            }
        }

        /** The file's fingerprint, or null when it is missing or unreadable. */
        static Fingerprint ofFile(Path file) {
            try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
                var crc = new CRC32();
                var buffer = ByteBuffer.allocateDirect(64 * 1024);
                long size = 0;
                for (int n; (n = channel.read(buffer)) > 0; size += n) {
                    buffer.flip();
                    crc.update(buffer);
                    buffer.clear();
                }
                return new Fingerprint(size, crc.getValue());
            } catch (IOException e) {
                return null;
            }
        }
    }
}
