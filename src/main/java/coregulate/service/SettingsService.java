package coregulate.service;

import coregulate.storage.settings.SettingsRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Typed access to settings, with defaults in one place. */
public final class SettingsService {
    private final SettingsRepository repo;
    private final Clock clock;

    public SettingsService(SettingsRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    public Optional<String> app(String key) {
        return repo.get(SettingsRepository.APP_SCOPE, key);
    }

    public void putApp(String key, String value) {
        repo.put(SettingsRepository.APP_SCOPE, key, value, clock.instant());
    }

    public Optional<String> partner(UUID partnerId, String key) {
        return repo.get(partnerId.toString(), key);
    }

    public void putPartner(UUID partnerId, String key, String value) {
        repo.put(partnerId.toString(), key, value, clock.instant());
    }

    public boolean darkTheme() {
        return app("theme").map("dark"::equals).orElse(false);
    }

    public void setDarkTheme(boolean dark) {
        putApp("theme", dark ? "dark" : "light");
    }

    public Optional<WindowBounds> windowBounds() {
        return app("window.bounds").flatMap(WindowBounds::parse);
    }

    public void setWindowBounds(WindowBounds bounds) {
        putApp("window.bounds", bounds.format());
    }

    /** The main window's size and place, remembered between runs. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        String format() {
            return x + "," + y + "," + width + "," + height + "," + maximized;
        }

        static Optional<WindowBounds> parse(String text) {
            try {
                String[] p = text.split(",");
                return Optional.of(new WindowBounds(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                        Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
