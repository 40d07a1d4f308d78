package coregulate.ui;

import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.HelpsCardService;
import coregulate.service.checkin.TriggerService;
import coregulate.storage.checkin.CheckInRepository;
import coregulate.storage.checkin.HelpsCardRepository;
import coregulate.storage.checkin.TriggerRepository;
import coregulate.ui.checkin.CheckInFeature;
import coregulate.service.timeout.TimeOutService;
import coregulate.storage.timeout.TimeOutRepository;
import coregulate.service.SessionService;
import coregulate.service.insights.InsightsService;
import coregulate.storage.exercise.ExerciseRepository;
import coregulate.ui.insights.InsightsFeature;
import coregulate.ui.shell.Page;
import coregulate.ui.timeout.TimeOutFeature;
import coregulate.ui.triggers.TriggersFeature;
import coregulate.ui.today.TodayFeature;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every area of the app from the shared context: this is where features are wired to each other,
 * through constructors, and the only place that knows them all.
 */
public final class Features {
    private final List<Feature> all = new ArrayList<>();
    private final Runnable callTimeOut;
    private final Runnable breatheNow;

    public Features(AppContext ctx) {
        this(ctx, () -> null);
    }

    /** @param reportFile asks where to save a report (a file chooser in the app; a fixed path in tests) */
    public Features(AppContext ctx, java.util.function.Supplier<java.nio.file.Path> reportFile) {
        var checkInService = new CheckInService(new CheckInRepository(ctx.database()), ctx.clock(), ctx.deviceId());
        var triggerService = new TriggerService(new TriggerRepository(ctx.database()), ctx.clock(), ctx.deviceId());
        var cardService = new HelpsCardService(new HelpsCardRepository(ctx.database()), ctx.clock(), ctx.deviceId());
        var triggers = new TriggersFeature(ctx, triggerService, cardService);
        var checkIn = new CheckInFeature(ctx, checkInService, cardService, saved -> { }, triggers::logFrom);
        var exercises = new coregulate.ui.exercises.ExercisesFeature(ctx);
        ExerciseLauncher exerciseLauncher = exercises;
        var timeOutService = new TimeOutService(new TimeOutRepository(ctx.database()), ctx.clock(), ctx.deviceId(),
                ctx.state().coupleProperty().get());
        var timeOut = new TimeOutFeature(ctx, timeOutService, exerciseLauncher);
        var sessionService = new SessionService(new ExerciseRepository(ctx.database()), ctx.clock(), ctx.deviceId());
        var insightsService = new InsightsService(checkInService, triggerService, timeOutService, sessionService,
                ctx.clock());
        var insights = new InsightsFeature(ctx, insightsService, checkInService, sessionService, timeOutService,
                reportFile);
        var settings = new coregulate.ui.settings.SettingsFeature(ctx, List.of());
        // Today shows the time-out card first: in a tense moment it is the one that matters.
        List<Feature> others = List.of(timeOut, checkIn, triggers, exercises, insights, settings);
        // insights last on Today: victories come after the things to do
        all.add(new TodayFeature(ctx.state(), () -> others));
        all.addAll(others);
        callTimeOut = timeOut::call;
        breatheNow = exerciseLauncher::breatheNow;
    }

    public List<Feature> all() {
        return List.copyOf(all);
    }

    public Feature forPage(Page page) {
        return all.stream().filter(f -> f.page() == page).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No feature for " + page));
    }

    /** Calls a time-out from anywhere (the shortcut and the header button). */
    public Runnable callTimeOut() {
        return callTimeOut;
    }

    /** Starts the partner's favourite or suggested breathing exercise from anywhere. */
    public Runnable breatheNow() {
        return breatheNow;
    }
}
