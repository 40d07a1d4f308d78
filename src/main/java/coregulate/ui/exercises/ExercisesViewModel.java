package coregulate.ui.exercises;

import coregulate.breathing.Category;
import coregulate.breathing.Exercise;
import coregulate.breathing.ExerciseEffect;
import coregulate.breathing.PaceRange;
import coregulate.domain.ArousalState;
import coregulate.domain.Partner;
import coregulate.service.ExerciseService;
import coregulate.service.ExerciseService.PacerPreferences;
import coregulate.service.SessionService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

/**
 * The exercise library as the current partner sees it (bundled exercises and their own patterns), with
 * filters, favourites, the open exercise's page, its pace and its average before/after change.
 */
public final class ExercisesViewModel {
    public enum Screen { BROWSE, PAGE, SESSION, EDITOR }

    private final ExerciseService exercises;
    private final SessionService sessions;
    private final UiTasks tasks;
    private final AppState state;
    private final SessionViewModel session;
    private final ObservableList<Exercise> all = FXCollections.observableArrayList();
    private final FilteredList<Exercise> shown = new FilteredList<>(all);
    private final ObservableSet<String> favourites = FXCollections.observableSet();
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<ArousalState> arousal = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.BROWSE);
    private final ObjectProperty<Exercise> selected = new SimpleObjectProperty<>();
    private final StringProperty effectText = new SimpleStringProperty("");
    private final StringProperty paceText = new SimpleStringProperty("");
    private final StringProperty paceError = new SimpleStringProperty("");
    private final BooleanProperty favourite = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private double pace;
    private boolean loaded;
    private Runnable afterLoad;

    public ExercisesViewModel(ExerciseService exercises, SessionService sessions, UiTasks tasks, AppState state,
                              SessionViewModel session) {
        this.exercises = exercises;
        this.sessions = sessions;
        this.tasks = tasks;
        this.state = state;
        this.session = session;
        category.addListener((obs, o, n) -> refilter());
        arousal.addListener((obs, o, n) -> refilter());
        search.addListener((obs, o, n) -> refilter());
        state.currentPartnerProperty().addListener((obs, o, n) -> reload());
        state.dataVersionProperty().addListener((obs, o, n) -> reload());
        session.setOnSaved(ex -> {
            state.dataChanged();
            open(ex.id());
        });
        session.sessionPreferencesListener(this::savePreferences);
        session.stageProperty().addListener((obs, o, stage) -> {
            // "Not now" before starting: go back to where the person came from, never to an empty screen.
            if (stage == SessionViewModel.Stage.IDLE && o == SessionViewModel.Stage.BEFORE
                    && screen.get() == Screen.SESSION) {
                screen.set(selected.get() != null ? Screen.PAGE : Screen.BROWSE);
            }
        });
    }

    private Partner partner() {
        return state.currentPartner();
    }

    private record PageData(ExerciseEffect effect, double pace) {
    }

    private record Loaded(List<Exercise> exercises, Set<String> favourites, PacerPreferences preferences) {
    }

    /** Loads the partner's exercises, favourites and pacer settings in the background. */
    public void reload() {
        Partner p = partner();
        if (p == null) {
            return;
        }
        UUID id = p.id();
        tasks.run(() -> new Loaded(exercises.exercisesFor(id), exercises.favourites(id), exercises.preferences(id)),
                loadedData -> {
                    all.setAll(loadedData.exercises());
                    favourites.clear();
                    favourites.addAll(loadedData.favourites());
                    if (!session.busy()) {
                        session.applyPreferences(loadedData.preferences());
                    }
                    loaded = true;
                    var selectedNow = selected.get();
                    if (selectedNow != null) {
                        var fresh = find(selectedNow.id());
                        if (fresh.isPresent()) {
                            select(fresh.get());
                        } else if (screen.get() == Screen.PAGE) {
                            selected.set(null);
                            screen.set(Screen.BROWSE);
                        }
                    }
                    if (afterLoad != null) {
                        var then = afterLoad;
                        afterLoad = null;
                        then.run();
                    }
                }, state::reportProblem);
    }

    /** Runs the action now if data is loaded, otherwise once it is. */
    void whenLoaded(Runnable action) {
        if (loaded) {
            action.run();
        } else {
            afterLoad = action;
            reload();
        }
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> (category.get() == null || e.category() == category.get())
                && (arousal.get() == null || e.suits(arousal.get()))
                && (q.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(q)));
    }

    public Optional<Exercise> find(String id) {
        return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public String nameOf(String id) {
        return find(id).map(Exercise::name).orElse(id);
    }

    /** Opens an exercise's page: steps, why it works, cautions, pace and the partner's average change. */
    public void open(String id) {
        whenLoaded(() -> {
            if (find(id).isPresent()) {
                openLoaded(id);
            } else {
                // Perhaps just saved (an own pattern): look again once fresh data is in.
                afterLoad = () -> openLoaded(id);
                reload();
            }
        });
    }

    private void openLoaded(String id) {
        find(id).ifPresentOrElse(ex -> {
            select(ex);
            screen.set(Screen.PAGE);
        }, () -> message.set("That exercise is not in the library any more."));
    }

    private void select(Exercise ex) {
        selected.set(ex);
        favourite.set(favourites.contains(ex.id()));
        paceError.set("");
        effectText.set("");
        UUID partnerId = partner().id();
        tasks.run(() -> new PageData(sessions.effect(partnerId, ex), ex.hasPacer() ? exercises.pace(partnerId, ex) : 0),
                result -> {
                    if (ex.equals(selected.get())) {
                        effectText.set(result.effect().summary());
                        pace = result.pace();
                        paceText.set(ex.hasPacer() ? PaceRange.text(pace) : "");
                    }
                }, state::reportProblem);
    }

    /** Loads the current partner's own pattern behind an exercise id, for the edit form. */
    public void withOwnPattern(String exerciseId, java.util.function.Consumer<coregulate.breathing.OwnPattern> then) {
        UUID partnerId = partner().id();
        tasks.run(() -> exercises.ownPatterns(partnerId).stream().filter(p -> p.exerciseId().equals(exerciseId))
                .findFirst().orElseThrow(() -> new IllegalStateException("That pattern no longer exists.")),
                then, state::reportProblem);
    }

    public void back() {
        screen.set(Screen.BROWSE);
    }

    public void toggleFavourite() {
        var ex = selected.get();
        boolean makeFavourite = !favourites.contains(ex.id());
        UUID partnerId = partner().id();
        tasks.run(() -> exercises.setFavourite(partnerId, ex.id(), makeFavourite), () -> {
            if (makeFavourite) {
                favourites.add(ex.id());
            } else {
                favourites.remove(ex.id());
            }
            favourite.set(makeFavourite);
        }, state::reportProblem);
    }

    public void slower() {
        changePace(-0.25);
    }

    public void faster() {
        changePace(0.25);
    }

    private void changePace(double step) {
        var ex = selected.get();
        if (ex == null || !ex.hasPacer()) {
            return;
        }
        double next = ex.paceRange().clamp(Math.round((pace + step) * 4) / 4.0);
        setPace(PaceRange.text(next));
    }

    /** Sets the pace from typed text; outside the safe range it is refused with the range shown. */
    public void setPace(String text) {
        var ex = selected.get();
        double value;
        try {
            value = Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            paceError.set("Type a number of breaths a minute, such as 6.");
            return;
        }
        var problem = ex.paceRange().problem(value);
        if (problem.isPresent()) {
            paceError.set(problem.get());
            return;
        }
        paceError.set("");
        pace = value;
        paceText.set(PaceRange.text(value));
        UUID partnerId = partner().id();
        tasks.run(() -> exercises.setPace(partnerId, ex, value), () -> { }, e -> paceError.set(UiTasks.message(e)));
    }

    /** Starts the open exercise: the before-rating comes first. */
    public void start() {
        var ex = selected.get();
        if (ex != null) {
            startSession(ex, false);
        }
    }

    void startSession(Exercise ex, boolean atOnce) {
        if (session.busy()) {
            message.set(SessionViewModel.ALREADY_RUNNING);
            screen.set(Screen.SESSION);
            return;
        }
        UUID partnerId = partner().id();
        tasks.run(() -> ex.hasPacer() ? exercises.pace(partnerId, ex) : 0.0, bpm -> {
            var p = partner();
            Partner other = state.coupleProperty().get() == null ? null : state.otherPartner();
            var who = new SessionViewModel.Who(p.id(), p.name(), other == null ? null : other.id(),
                    other == null ? null : other.name());
            if (session.prepare(ex, bpm, who, atOnce)) {
                message.set("");
                screen.set(Screen.SESSION);
            } else {
                message.set(session.messageProperty().get());
            }
        }, state::reportProblem);
    }

    /** The one action to calm: the favourite breathing exercise, else a gentle default, with no rating first. */
    public void breatheNow() {
        if (session.busy()) {
            message.set(SessionViewModel.ALREADY_RUNNING);
            screen.set(Screen.SESSION);
            return;
        }
        UUID partnerId = partner().id();
        tasks.run(() -> exercises.breatheNowChoice(partnerId), ex -> startSession(ex, true), state::reportProblem);
    }

    private void savePreferences(PacerPreferences p) {
        Partner partner = partner();
        if (partner == null) {
            return;
        }
        UUID id = partner.id();
        tasks.run(() -> exercises.savePreferences(id, p), () -> { }, state::reportProblem);
    }

    public ObservableList<Exercise> shown() {
        return shown;
    }

    public ObservableSet<String> favourites() {
        return favourites;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<ArousalState> arousalProperty() {
        return arousal;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ObjectProperty<Exercise> selectedProperty() {
        return selected;
    }

    public StringProperty effectTextProperty() {
        return effectText;
    }

    public StringProperty paceTextProperty() {
        return paceText;
    }

    public StringProperty paceErrorProperty() {
        return paceError;
    }

    public BooleanProperty favouriteProperty() {
        return favourite;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public SessionViewModel session() {
        return session;
    }

    public AppState state() {
        return state;
    }
}
