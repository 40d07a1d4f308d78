package coregulate.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a person's data lives: the platform's usual place, unless --data-dir or COREGULATE_DATA_DIR says
 * otherwise (the command line wins over the environment).
 */
public final class DataFolder {
    public static final String ENV_VARIABLE = "COREGULATE_DATA_DIR";

    private DataFolder() {
    }

    public static Path resolve(Optional<Path> fromCommandLine, Map<String, String> env, String osName,
                               String userHome) {
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.get().toAbsolutePath();
        }
        String override = env.get(ENV_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return platformDefault(env, osName, userHome);
    }

    static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Coregulate");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Coregulate");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("coregulate");
    }

    public static Path resolveForThisMachine(Optional<Path> fromCommandLine) {
        return resolve(fromCommandLine, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }
}
