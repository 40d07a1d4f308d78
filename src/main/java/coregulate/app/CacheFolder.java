package coregulate.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Coregulate keeps files it can always make again (never a person's data): the platform's usual cache
 * folder. Removing it loses nothing; the next start rebuilds what it needs.
 */
public final class CacheFolder {
    private CacheFolder() {
    }

    public static Path resolve(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("Coregulate").resolve("cache");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Caches", "Coregulate");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".cache");
        return base.resolve("coregulate");
    }

    public static Path forThisMachine() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }
}
