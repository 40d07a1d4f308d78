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
import coregulate.breathing.ExerciseLibrary;
import coregulate.service.ExerciseService;
import coregulate.service.suggest.CrisisResources;
import coregulate.service.suggest.SuggestionService;
import coregulate.ui.shell.Page;
import coregulate.ui.suggestions.RulesView;
import coregulate.ui.suggestions.SuggestionPanel;
import coregulate.ui.suggestions.SuggestionPanelViewModel;
import java.util.function.Function;
import javafx.scene.Node;
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
    private Runnable callTimeOut;
    private final Runnable breatheNow;

    public Features(AppContext ctx) {
        this(ctx, () -> null, save -> null, () -> null, () -> { });
    }

    /**
     * @param reportFile asks where to save a report (a file chooser in the app; a fixed path in tests)
     * @param dataFile   asks which file to export to (true) or import from (false)
     */
    public Features(AppContext ctx, java.util.function.Supplier<java.nio.file.Path> reportFile,
                    Function<Boolean, java.nio.file.Path> dataFile, java.util.function.Supplier<java.io.File> syncFolder,
                    Runnable coupleIdentityChanged) {
        var db = ctx.database();
        var checkInService = new CheckInService(new CheckInRepository(db), ctx.clock(), ctx.deviceId());
        var triggerService = new TriggerService(new TriggerRepository(db), ctx.clock(), ctx.deviceId());
        var cardService = new HelpsCardService(new HelpsCardRepository(db), ctx.clock(), ctx.deviceId());
        var timeOutService = new TimeOutService(new TimeOutRepository(db), ctx.clock(), ctx.deviceId(),
                ctx.state().coupleProperty().get());
        var exerciseRepository = new ExerciseRepository(db);
        var sessionService = new SessionService(exerciseRepository, ctx.clock(), ctx.deviceId());
        var exerciseService = new ExerciseService(ExerciseLibrary::bundled, exerciseRepository, ctx.settings(),
                ctx.clock(), ctx.deviceId());
        var suggestionService = new SuggestionService(checkInService, timeOutService, sessionService, exerciseService,
                ctx.clock());
        var crisis = new CrisisResources(ctx.settings());
        // The bundled exercises and rules are parsed on another core while the database thread reads Today's
        // data; both are needed by Today's suggestions. A broken file is reported at once, by name.
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            exerciseService.library();
            suggestionService.rules();
        }).whenComplete((done, failure) -> {
            if (failure != null) {
                ctx.tasks().run(() -> {
                    throw new IllegalStateException(failure.getCause() != null ? failure.getCause() : failure);
                }, () -> { }, ctx.state()::reportProblem);
            }
        });

        var exercises = new coregulate.ui.exercises.ExercisesFeature(ctx, exerciseService, sessionService);
        ExerciseLauncher exerciseLauncher = exercises;
        // The panel can call a time-out before the time-out area exists, so it goes through this field.
        Runnable callLater = () -> callTimeOut.run();
        Function<String, Node> suggestions = prefix -> new SuggestionPanel(new SuggestionPanelViewModel(ctx.state(),
                suggestionService, crisis, ctx.tasks()), exerciseLauncher, callLater, prefix);

        var triggers = new TriggersFeature(ctx, triggerService, cardService);
        var checkIn = new CheckInFeature(ctx, checkInService, cardService, saved -> { }, triggers::logFrom,
                () -> suggestions.apply("checkin"));
        var timeOut = new TimeOutFeature(ctx, timeOutService, exerciseLauncher, () -> suggestions.apply("time-out"));
        var insightsService = new InsightsService(checkInService, triggerService, timeOutService, sessionService,
                ctx.clock());
        var insights = new InsightsFeature(ctx, insightsService, checkInService, sessionService, timeOutService,
                reportFile);
        var settings = new coregulate.ui.settings.SettingsFeature(ctx, List.of(
                () -> new coregulate.ui.settings.PairingView(new coregulate.ui.settings.PairingViewModel(ctx.state(),
                        ctx.coupleSync(), ctx.tasks(), coupleIdentityChanged), syncFolder),
                () -> new coregulate.ui.settings.DataSectionView(ctx, dataFile),
                () -> new RulesView(suggestionService, crisis, ctx.tasks(), ctx.state())));
        // Today's cards, in this order: the time-out first, since in a tense moment it is the one that matters,
        // then suggestions, check-ins, exercises and, last, the small victories.
        Feature suggestionCard = new TodayCardOnly(() -> {
            var card = new javafx.scene.layout.VBox(suggestions.apply("today"));
            card.getStyleClass().add("card");
            return card;
        });
        List<Feature> others = List.of(timeOut, checkIn, triggers, exercises, insights, settings);
        all.add(new TodayFeature(ctx.state(), () -> List.of(timeOut, suggestionCard, checkIn, exercises, insights)));
        all.addAll(others);
        callTimeOut = timeOut::call;
        breatheNow = exerciseLauncher::breatheNow;
    }

    /** A card on Today that belongs to no page of its own. */
    private record TodayCardOnly(java.util.function.Supplier<Node> card) implements Feature {
        @Override
        public Page page() {
            return null;
        }

        @Override
        public Node view() {
            throw new UnsupportedOperationException("Only a card on Today");
        }

        @Override
        public List<Node> todayCards() {
            return List.of(card.get());
        }
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
