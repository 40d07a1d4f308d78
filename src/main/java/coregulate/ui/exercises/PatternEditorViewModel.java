package coregulate.ui.exercises;

import coregulate.breathing.BreathingPattern;
import coregulate.breathing.OwnPattern;
import coregulate.breathing.PatternRules;
import coregulate.service.ExerciseService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form for a partner's own breathing pattern. Every field is checked as the person types, each problem is
 * shown next to its field, and Save stays disabled with the reason until the pattern is safe.
 */
public final class PatternEditorViewModel {
    public static final String[] FIELDS = {"name", "inhale", "topUp", "holdIn", "exhale", "holdOut", "length"};

    private final ExerciseService exercises;
    private final UiTasks tasks;
    private final AppState state;
    private final Map<String, StringProperty> values = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final BooleanProperty inMinutes = new SimpleBooleanProperty();
    private final BooleanProperty canSave = new SimpleBooleanProperty();
    private final StringProperty saveReason = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private UUID existingId;
    private Consumer<String> onDone = id -> { };

    public PatternEditorViewModel(ExerciseService exercises, UiTasks tasks, AppState state) {
        this.exercises = exercises;
        this.tasks = tasks;
        this.state = state;
        for (String f : FIELDS) {
            values.put(f, new SimpleStringProperty(""));
            errors.put(f, new SimpleStringProperty(""));
            values.get(f).addListener((obs, o, n) -> validate());
        }
        inMinutes.addListener((obs, o, n) -> validate());
        startNew();
    }

    /** Called with the saved pattern's exercise id, or null after a delete or cancel. */
    public void setOnDone(Consumer<String> callback) {
        this.onDone = callback;
    }

    public void startNew() {
        existingId = null;
        editing.set(false);
        fill("", 4, 0, 0, 6, 0);
        inMinutes.set(true);
        values.get("length").set("5");
        validate();
    }

    public void edit(OwnPattern p) {
        existingId = p.meta().id();
        editing.set(true);
        var b = p.pattern();
        fill(p.name(), b.inhale(), b.topUp(), b.holdIn(), b.exhale(), b.holdOut());
        inMinutes.set(b.minutes() != null);
        values.get("length").set(b.minutes() != null ? num(b.minutes()) : String.valueOf(b.cycles()));
        validate();
    }

    private void fill(String name, double in, double top, double holdIn, double out, double holdOut) {
        values.get("name").set(name);
        values.get("inhale").set(num(in));
        values.get("topUp").set(num(top));
        values.get("holdIn").set(num(holdIn));
        values.get("exhale").set(num(out));
        values.get("holdOut").set(num(holdOut));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private Map<String, String> problems() {
        var out = new LinkedHashMap<String, String>();
        String name = values.get("name").get().strip();
        if (name.isEmpty()) {
            out.put("name", "Give your pattern a name.");
        } else if (name.codePointCount(0, name.length()) > OwnPattern.MAX_NAME) {
            out.put("name", "Keep the name to " + OwnPattern.MAX_NAME + " characters.");
        }
        double[] secs = new double[5];
        String[] keys = {"inhale", "topUp", "holdIn", "exhale", "holdOut"};
        for (int i = 0; i < keys.length; i++) {
            String text = values.get(keys[i]).get().strip().replace(',', '.');
            try {
                secs[i] = text.isEmpty() ? 0 : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                out.put(keys[i], "Type seconds as a number, such as 4 or 4.5.");
                secs[i] = Double.NaN;
            }
        }
        Integer cycles = null;
        Double minutes = null;
        String length = values.get("length").get().strip().replace(',', '.');
        try {
            if (inMinutes.get()) {
                minutes = Double.parseDouble(length);
            } else {
                cycles = Integer.parseInt(length);
            }
        } catch (NumberFormatException e) {
            out.put("length", inMinutes.get() ? "Type the minutes as a number." : "Type a whole number of breaths.");
            minutes = inMinutes.get() ? 5.0 : null;
            cycles = inMinutes.get() ? null : 10;
        }
        var pattern = new BreathingPattern(secs[0], secs[1], secs[2], secs[3], secs[4], cycles, minutes);
        PatternRules.problems(pattern).forEach(out::putIfAbsent);
        return out;
    }

    private void validate() {
        var problems = problems();
        for (String f : FIELDS) {
            errors.get(f).set(problems.getOrDefault(f, ""));
        }
        canSave.set(problems.isEmpty());
        saveReason.set(problems.isEmpty() ? "" : problems.containsKey("pace") ? problems.get("pace")
                : "Save is available once the fields marked above are fixed.");
    }

    private BreathingPattern pattern() {
        double[] s = new double[5];
        String[] keys = {"inhale", "topUp", "holdIn", "exhale", "holdOut"};
        for (int i = 0; i < keys.length; i++) {
            String text = values.get(keys[i]).get().strip().replace(',', '.');
            s[i] = text.isEmpty() ? 0 : Double.parseDouble(text);
        }
        String length = values.get("length").get().strip().replace(',', '.');
        return inMinutes.get() ? new BreathingPattern(s[0], s[1], s[2], s[3], s[4], null, Double.parseDouble(length))
                : new BreathingPattern(s[0], s[1], s[2], s[3], s[4], Integer.parseInt(length), null);
    }

    public void save() {
        validate();
        if (!canSave.get()) {
            return;
        }
        UUID partnerId = state.currentPartner().id();
        String name = values.get("name").get();
        var pattern = pattern();
        UUID id = existingId;
        canSave.set(false);
        tasks.run(() -> exercises.savePattern(partnerId, id, name, pattern), saved -> {
            state.dataChanged();
            onDone.accept(saved.exerciseId());
        }, e -> {
            validate();
            if (e instanceof ExerciseService.InvalidPatternException invalid) {
                invalid.problems().forEach((k, v) -> errors.getOrDefault(k, errors.get("name")).set(v));
            } else {
                saveReason.set("Not saved: " + UiTasks.message(e));
            }
        });
    }

    public void delete() {
        if (existingId == null) {
            return;
        }
        UUID partnerId = state.currentPartner().id();
        UUID id = existingId;
        tasks.run(() -> exercises.deletePattern(partnerId, id), () -> {
            state.dataChanged();
            onDone.accept(null);
        }, e -> saveReason.set("Not deleted: " + UiTasks.message(e)));
    }

    public void cancel() {
        onDone.accept(null);
    }

    public StringProperty value(String field) {
        return values.get(field);
    }

    public StringProperty error(String field) {
        return errors.get(field);
    }

    public BooleanProperty inMinutesProperty() {
        return inMinutes;
    }

    public BooleanProperty canSaveProperty() {
        return canSave;
    }

    public StringProperty saveReasonProperty() {
        return saveReason;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }
}
