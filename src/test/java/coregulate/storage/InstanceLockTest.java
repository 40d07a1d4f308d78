package coregulate.storage;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.app.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondStoreOnTheSameFolderIsRefusedInThePlainWords() {
        try (var first = Store.open(dir)) {
            var e = assertThrows(InstanceLock.AlreadyRunningException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
        // Once the first app closes, the folder is free again.
        Store.open(dir).close();
    }

    @Test
    void anotherProcessHoldingTheFolderIsRefusedToo() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldLock.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            assertTrue("locked".equals(out.readLine()));
            assertThrows(InstanceLock.AlreadyRunningException.class, () -> InstanceLock.acquire(dir));
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        InstanceLock.acquire(dir).close();
    }

    /** Run in a child process: holds the lock until killed. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            InstanceLock.acquire(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(60_000);
        }
    }

    @Test
    void anUnwritableFolderIsExplained() {
        Path file = dir.resolve("a-file");
        try {
            java.nio.file.Files.writeString(file, "x");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        var e = assertThrows(StoreException.class, () -> Store.open(file.resolve("inside")));
        assertTrue(e.getMessage().contains("cannot create its data folder"), e.getMessage());
    }
}
