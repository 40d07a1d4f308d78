package coregulate.ui;

import coregulate.app.AppInfo;
import coregulate.app.Store;
import coregulate.domain.Couple;
import coregulate.domain.Partner;
import coregulate.domain.Ticker;
import coregulate.service.CoupleService;
import coregulate.service.SettingsService;
import coregulate.service.SettingsService.WindowBounds;
import coregulate.storage.DeviceRepository;
import coregulate.storage.couple.CoupleRepository;
import coregulate.storage.settings.SettingsRepository;
import coregulate.sync.couple.CoupleSync;
import coregulate.ui.common.UiTasks;
import coregulate.ui.shell.MainWindow;
import coregulate.ui.shell.Navigator;
import coregulate.ui.shell.ThemeManager;
import coregulate.ui.welcome.WelcomeView;
import coregulate.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The composition root: opens the data folder in the background, then shows the welcome or the main window.
 * Tests start it on their own stage with their own clock and data folder, just as the app does.
 */
public final class RunningApp implements AutoCloseable {
    public static final double DEFAULT_WIDTH = 1180;
    public static final double DEFAULT_HEIGHT = 760;
    /** A time-out called again this soon does not pull the window to the front a second time. */
    static final java.time.Duration REPEAT_CALL_QUIET = java.time.Duration.ofMinutes(3);

    /** How to start: where the data is, and the clocks (tests pass fake ones). */
    public record Options(Path dataDir, Clock clock, Ticker ticker, Executor fx, Consumer<String> startupProblem,
                          java.util.function.Supplier<Store> storeOpener,
                          java.util.function.Supplier<java.nio.file.Path> reportFile, SyncTuning sync) {
        /** Opens the store on the background thread when the window asks for it. */
        public Options(Path dataDir, Clock clock, Ticker ticker, Executor fx, Consumer<String> startupProblem) {
            this(dataDir, clock, ticker, fx, startupProblem, () -> Store.open(dataDir), null, SyncTuning.SHIPPED);
        }

        public Options withReportFile(java.util.function.Supplier<java.nio.file.Path> chooser) {
            return new Options(dataDir, clock, ticker, fx, startupProblem, storeOpener, chooser, sync);
        }

        public Options withSync(SyncTuning tuning) {
            return new Options(dataDir, clock, ticker, fx, startupProblem, storeOpener, reportFile, tuning);
        }
    }

    /**
     * How hard the pairing key is to guess (Argon2id cost) and how often the couple folder is rescanned
     * when the file system sends no change events.
     */
    public record SyncTuning(coregulate.sync.KdfParams kdf, java.time.Duration rescan) {
        public static final SyncTuning SHIPPED = new SyncTuning(coregulate.sync.KdfParams.PRODUCTION,
                java.time.Duration.ofMillis(1500));
    }

    private final Stage stage;
    private final Options options;
    private final UiTasks tasks;
    private final AppState state = new AppState();
    private final Navigator navigator = new Navigator();
    private Store store;
    private CoupleSync coupleSync;
    private boolean partnerFollowed;
    private java.time.Instant lastBroughtToFront;
    private AppContext context;
    private Features features;
    private Runnable onMainShown = () -> { };
    private boolean themeFollowed;

    private RunningApp(Stage stage, Options options) {
        this.stage = stage;
        this.options = options;
        this.tasks = UiTasks.withFxExecutor(options.fx());
    }

    /** Starts on the FX thread; returns at once while the store opens in the background. */
    public static RunningApp start(Stage stage, Options options) {
        var app = new RunningApp(stage, options);
        app.begin();
        return app;
    }

    /** Runs once the main window (or the welcome) shows current data; the start-up benchmark hooks in here. */
    public void setOnMainShown(Runnable callback) {
        this.onMainShown = callback;
    }

    private record Loaded(Store store, UUID deviceId, Optional<Couple> couple, boolean dark,
                          Optional<WindowBounds> bounds, Optional<String> lastPartner, CoupleSync sync) {
    }

    private void begin() {
        // Queued first: the data folder is read while JavaFX makes and shows the first window.
        tasks.run(() -> openAndLoad(options.storeOpener()), this::onLoaded, this::showProblem);
        stage.setTitle(AppInfo.NAME);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        // Set before the first control is made, so JavaFX never parses its own default theme as well.
        ThemeManager.useTheme(false);
        // A window at once, even before the data folder is open: in a tense moment, something has to answer.
        stage.setScene(new Scene(new StackPane(new Label("Opening Coregulate…")), DEFAULT_WIDTH, DEFAULT_HEIGHT));
        ThemeManager.apply(stage.getScene(), false);
        stage.show();
    }

    private Loaded openAndLoad(java.util.function.Supplier<Store> opener) {
        var opened = opener.get();
        try {
            var db = opened.database();
            UUID device = new DeviceRepository(db).localDeviceId(hostName(), options.clock().instant());
            var settings = new SettingsService(new SettingsRepository(db), options.clock());
            var couple = new CoupleRepository(db).find();
            var sync = new CoupleSync(db, device, hostName(), options.clock(), java.security.SecureRandom::new,
                    options.sync().kdf(), options.sync().rescan());
            return new Loaded(opened, device, couple, settings.darkTheme(), settings.windowBounds(),
                    settings.app("current.partner"), sync);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        return name == null || name.isBlank() ? "This computer" : name;
    }

    private void onLoaded(Loaded loaded) {
        this.store = loaded.store();
        this.coupleSync = loaded.sync();
        // Each opened data folder has its own couple-sync (the sample couple's too).
        coupleSync.start(arrived -> options.fx().execute(() -> onArrived(arrived)));
        showPairing();
        var db = store.database();
        var settings = new SettingsService(new SettingsRepository(db), options.clock());
        var couples = new CoupleService(new CoupleRepository(db), options.clock(), loaded.deviceId());
        context = new AppContext(store.dataDir(), db, loaded.deviceId(), options.clock(), options.ticker(), tasks,
                state, navigator, settings, couples, loaded.sync());
        state.darkThemeProperty().set(loaded.dark());
        loaded.bounds().ifPresent(this::applyBounds);
        if (!themeFollowed) {
            themeFollowed = true;
            state.darkThemeProperty().addListener((obs, old, dark) -> {
                ThemeManager.apply(stage.getScene(), dark);
                tasks.run(() -> context.settings().setDarkTheme(dark), () -> { }, state::reportProblem);
            });
        }
        ThemeManager.apply(stage.getScene(), loaded.dark());
        stage.setOnCloseRequest(e -> rememberBounds());
        if (loaded.couple().isPresent()) {
            showMain(loaded.couple().get(), loaded.lastPartner());
        } else {
            var vm = new WelcomeViewModel(couples, tasks, couple -> showMain(couple, Optional.empty()));
            setRoot(new WelcomeView(vm, this::exploreSampleCouple));
            onMainShown.run();
        }
    }

    /**
     * "Explore with a sample couple": leaves this (still empty) data folder and opens the separate demo folder,
     * filled with three months of entries the first time.
     */
    public void exploreSampleCouple() {
        var demoDir = coregulate.exchange.demo.DemoFolder.besides(options.dataDir());
        var old = store;
        var oldSync = coupleSync;
        store = null;
        coupleSync = null;
        tasks.run(() -> {
            oldSync.close();
            old.close();
            return openAndLoad(() -> coregulate.exchange.demo.DemoFolder.openFilled(demoDir, options.clock()));
        }, this::onLoaded, this::showProblem);
    }

    private void showMain(Couple couple, Optional<String> lastPartner) {
        state.coupleProperty().set(couple);
        Partner current = lastPartner.flatMap(id -> couple.partners().stream()
                .filter(p -> p.id().toString().equals(id)).findFirst()).orElse(couple.first());
        state.currentPartnerProperty().set(current);
        if (!partnerFollowed) {
            partnerFollowed = true;
            state.currentPartnerProperty().addListener((obs, old, p) -> tasks.run(
                    () -> context.settings().putApp("current.partner", p.id().toString()), () -> { },
                    state::reportProblem));
        }
        stage.setTitle(AppInfo.NAME + " — " + couple.first().name() + " & " + couple.second().name());
        features = new Features(context, options.reportFile() != null ? options.reportFile()
                : coregulate.ui.insights.InsightsFeature.fileChooser(context, stage),
                coregulate.ui.settings.DataSectionView.fileChooser(stage), () -> {
                    var chooser = new javafx.stage.DirectoryChooser();
                    chooser.setTitle("The folder your sync tool shares with your partner");
                    return chooser.showDialog(stage);
                }, this::reloadCouple);
        setRoot(new MainWindow(state, navigator, features));
        // Today's cards queue their reads on the one background thread; the start-up figure (in Main) waits
        // behind them, so it means Today showing current data.
        onMainShown.run();
        // The daily backup queues behind Today's own reads on the one database thread, so it never delays them.
        var backups = new coregulate.exchange.BackupService(context.database(), context.dataDir(), options.clock());
        tasks.run(backups::backupIfDue, made -> { }, state::reportProblem);
    }

    /**
     * Something arrived from the partner's computer: every screen refreshes, and a time-out just called there
     * brings this window to the front with the time-out screen. Not again for a call within a few minutes
     * of the last one, so repeated calls cannot keep pulling the window up.
     */
    private void onArrived(CoupleSync.Arrived arrived) {
        state.dataChanged();
        showPairing();
        if (!arrived.problems().isEmpty()) {
            state.statusMessageProperty().set(arrived.problems().get(0));
        }
        var now = options.clock().instant();
        if (!arrived.timeOutsCalled().isEmpty() && (lastBroughtToFront == null
                || now.isAfter(lastBroughtToFront.plus(REPEAT_CALL_QUIET)))) {
            lastBroughtToFront = now;
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
            navigator.show(coregulate.ui.shell.Page.TIME_OUT);
        }
    }

    /** "Paired with ..." in the header, read on the couple-sync thread so that nothing else waits for it. */
    private void showPairing() {
        coupleSync.whenStatus(s -> options.fx().execute(
                () -> state.pairedWithProperty().set(s.paired() ? s.summary() : "")));
    }

    private record Reloaded(Couple couple, Optional<String> lastPartner) {
    }

    /** After joining a couple folder the partners have the folder's ids: every area is built again. */
    private void reloadCouple() {
        tasks.run(() -> new Reloaded(context.couples().couple().orElseThrow(),
                context.settings().app("current.partner")), reloaded -> {
                    showMain(reloaded.couple(), reloaded.lastPartner());
                    navigator.show(coregulate.ui.shell.Page.SETTINGS);
                }, state::reportProblem);
    }

    private void setRoot(Parent root) {
        stage.getScene().setRoot(root);
        ThemeManager.apply(stage.getScene(), state.darkThemeProperty().get());
    }

    private void showProblem(Throwable e) {
        String message = UiTasks.message(e);
        options.startupProblem().accept(message);
        var text = new Label(message);
        text.setId("startup-problem");
        text.setWrapText(true);
        var close = new Button("Close");
        close.setId("startup-close");
        close.setOnAction(ev -> stage.close());
        var box = new VBox(16, new Label("Coregulate could not start"), text, close);
        box.setPadding(new Insets(32));
        box.setMaxWidth(640);
        setRoot(box);
    }

    private void applyBounds(WindowBounds b) {
        stage.setWidth(Math.max(b.width(), 900));
        stage.setHeight(Math.max(b.height(), 600));
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setMaximized(b.maximized());
    }

    private void rememberBounds() {
        if (context == null) {
            return;
        }
        var bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        tasks.run(() -> context.settings().setWindowBounds(bounds), () -> { }, state::reportProblem);
    }

    public AppState state() {
        return state;
    }

    public Optional<AppContext> context() {
        return Optional.ofNullable(context);
    }

    public Optional<Features> features() {
        return Optional.ofNullable(features);
    }

    public UiTasks tasks() {
        return tasks;
    }

    public Stage stage() {
        return stage;
    }

    /** Saves the window's place, then releases the data folder. Safe to call twice. */
    @Override
    public void close() {
        rememberBounds();
        tasks.awaitIdle();
        tasks.close();
        if (coupleSync != null) {
            coupleSync.close();
            coupleSync = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
