package coregulate.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {
    @Test
    void readsOptionsInBothForms() {
        var cli = CommandLine.parse("--data-dir", "/tmp/a", "--export=/tmp/out.json", "--print-startup-ms");
        assertEquals(Optional.of(Path.of("/tmp/a")), cli.dataDir());
        assertEquals(Optional.of(Path.of("/tmp/out.json")), cli.exportJson());
        assertTrue(cli.printStartupMs());
        assertTrue(cli.headlessTask());
        assertTrue(cli.errors().isEmpty());
    }

    @Test
    void unknownOptionsAndMissingValuesAreErrors() {
        var cli = CommandLine.parse("--data-dri", "x", "--export");
        assertEquals(3, cli.errors().size(), cli.errors().toString());
        assertTrue(cli.errors().get(0).contains("--data-dri"));
        assertTrue(cli.errors().get(2).contains("--export needs a value"));
    }

    @Test
    void helpAndVersionNeedNoWindow() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String flag : new String[] {"--help", "--version"}) {
            var p = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    "coregulate.Main", flag).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), out);
            assertTrue(out.contains(flag.equals("--help") ? "--data-dir DIR" : "Coregulate 0."), out);
        }
    }

    @Test
    void dataFolderFollowsThePlatformAndOverrides() {
        String home = "/home/ana";
        assertEquals(Path.of("/home/ana/.local/share/coregulate"),
                DataFolder.resolve(Optional.empty(), Map.of(), "Linux", home));
        assertEquals(Path.of("/data/xdg/coregulate"),
                DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", home));
        assertEquals(Path.of(home, "Library", "Application Support", "Coregulate"),
                DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Roaming", "Coregulate"),
                DataFolder.resolve(Optional.empty(), Map.of("APPDATA", "C:\\Users\\ana\\AppData\\Roaming"), "Windows 11", home));
        assertEquals(Path.of("/env/dir"),
                DataFolder.resolve(Optional.empty(), Map.of("COREGULATE_DATA_DIR", "/env/dir"), "Linux", home));
        assertEquals(Path.of("/cli/dir"),
                DataFolder.resolve(Optional.of(Path.of("/cli/dir")), Map.of("COREGULATE_DATA_DIR", "/env/dir"), "Linux", home));
        assertFalse(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "relative"), "Linux", home)
                .startsWith("relative"));
    }
}
