package coregulate.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

class SqliteNativeCacheTest {
    @TempDir
    Path cache;

    private static byte[] inJar() throws Exception {
        var resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + LibraryLoaderUtil.getNativeLibName();
        try (var in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    @Test
    void extractsOnceIntoAFolderPerVersionAndPointsSqliteAtIt() throws Exception {
        var props = new Properties();
        var lib = SqliteNativeCache.install(cache, props).orElseThrow();
        assertEquals(cache.resolve("sqlite-" + SQLiteJDBCLoader.getVersion())
                .resolve(OSInfo.getNativeLibFolderPathForCurrentOS()).resolve(LibraryLoaderUtil.getNativeLibName()), lib);
        assertTrue(java.util.Arrays.equals(inJar(), Files.readAllBytes(lib)));
        assertEquals(lib.getParent().toAbsolutePath().toString(), props.getProperty("org.sqlite.lib.path"));
        assertEquals(lib.getFileName().toString(), props.getProperty("org.sqlite.lib.name"));
        assertNoPartsLeft(lib.getParent());
    }

    @Test
    void theSecondStartReusesTheCopy() throws Exception {
        var lib = SqliteNativeCache.install(cache, new Properties()).orElseThrow();
        var old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(lib, old);
        Object inode = Files.readAttributes(lib, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        var props = new Properties();
        assertEquals(lib, SqliteNativeCache.install(cache, props).orElseThrow());
        assertEquals(old, Files.getLastModifiedTime(lib), "an identical copy is not written again");
        assertEquals(inode, Files.readAttributes(lib, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals(lib.getParent().toAbsolutePath().toString(), props.getProperty("org.sqlite.lib.path"));
    }

    @Test
    void aShortOrDamagedCopyIsReplaced() throws Exception {
        var lib = SqliteNativeCache.install(cache, new Properties()).orElseThrow();
        byte[] good = inJar();

        Files.write(lib, java.util.Arrays.copyOf(good, good.length / 2));
        SqliteNativeCache.install(cache, new Properties()).orElseThrow();
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(lib)), "a short copy is replaced");

        byte[] damaged = good.clone();
        damaged[damaged.length / 3] ^= 0x5a;
        Files.write(lib, damaged);
        SqliteNativeCache.install(cache, new Properties()).orElseThrow();
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(lib)), "a copy of the right size but changed is replaced");
        assertNoPartsLeft(lib.getParent());
    }

    @Test
    void startsRacingEachOtherAllGetAGoodCopy() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var results = new ArrayList<Future<Path>>();
            for (int i = 0; i < 8; i++) {
                Callable<Path> start = () -> SqliteNativeCache.install(cache, new Properties()).orElseThrow();
                results.add(pool.submit(start));
            }
            Path lib = null;
            for (var r : results) {
                lib = r.get();
            }
            assertTrue(java.util.Arrays.equals(inJar(), Files.readAllBytes(lib)));
            assertNoPartsLeft(lib.getParent());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aChoiceAlreadyMadeIsLeftAlone() {
        var props = new Properties();
        props.setProperty("org.sqlite.lib.path", "/opt/own");
        assertTrue(SqliteNativeCache.install(cache, props).isEmpty());
        assertEquals("/opt/own", props.getProperty("org.sqlite.lib.path"));
        assertEquals(null, props.getProperty("org.sqlite.lib.name"));
    }

    @Test
    void aCacheThatCannotBeWrittenFallsBackSilently() throws Exception {
        var notAFolder = Files.writeString(cache.resolve("file"), "x");
        var props = new Properties();
        assertTrue(SqliteNativeCache.install(notAFolder, props).isEmpty());
        assertTrue(props.isEmpty(), "sqlite-jdbc keeps its own behaviour");
    }

    @Test
    void cacheFolderFollowsEachPlatformsConvention() {
        assertEquals(Path.of("/x/cache/coregulate"), CacheFolder.resolve(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a/.cache/coregulate"), CacheFolder.resolve(Map.of("XDG_CACHE_HOME", "rel"), "Linux", "/home/a"));
        assertEquals(Path.of("/Users/a/Library/Caches/Coregulate"), CacheFolder.resolve(Map.of(), "Mac OS X", "/Users/a"));
        assertEquals(Path.of("L", "Coregulate", "cache"), CacheFolder.resolve(Map.of("LOCALAPPDATA", "L"), "Windows 11", "H"));
        assertNotEquals(CacheFolder.resolve(Map.of(), "Linux", "/h"), DataFolder.resolve(java.util.Optional.empty(),
                Map.of(), "Linux", "/h"), "the cache is never the data folder");
    }

    private static void assertNoPartsLeft(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }
}
