package coregulate.ui;

import coregulate.domain.Ticker;
import coregulate.service.CoupleService;
import coregulate.service.SettingsService;
import coregulate.storage.Database;
import coregulate.ui.common.UiTasks;
import coregulate.ui.shell.Navigator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/** What every feature is built from; created once by the composition root. */
public record AppContext(Path dataDir, Database database, UUID deviceId, Clock clock, Ticker ticker,
                         UiTasks tasks, AppState state, Navigator navigator, SettingsService settings,
                         CoupleService couples, coregulate.sync.couple.CoupleSync coupleSync) {
}
