package coregulate.ui.settings;

import coregulate.domain.NameRules;
import coregulate.domain.Partner;
import coregulate.service.CoupleService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The current partner's own details: name, pronouns and resting pulse (used to spot flooding). */
public final class PartnerDetailsViewModel {
    private final AppState state;
    private final CoupleService couples;
    private final UiTasks tasks;

    // Properties
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty pronouns = new SimpleStringProperty("");
    private final StringProperty restingPulse = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final StringBinding nameProblem = Bindings.createStringBinding(
            () -> NameRules.problemWithName(name.get()).orElse(""), name);
    private final StringBinding pulseProblem = Bindings.createStringBinding(() -> pulseProblem(restingPulse.get()),
            restingPulse);
    private final StringBinding whyCannotSave = Bindings.createStringBinding(
            () -> !nameProblem.get().isEmpty() ? nameProblem.get() : pulseProblem.get(), nameProblem, pulseProblem);

    public PartnerDetailsViewModel(AppState state, CoupleService couples, UiTasks tasks) {
        this.state = state;
        this.couples = couples;
        this.tasks = tasks;
        load(state.currentPartner());
        state.currentPartnerProperty().addListener((obs, old, p) -> load(p));
    }

    static String pulseProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            int bpm = Integer.parseInt(text.strip());
            return bpm < 30 || bpm > 120 ? "A resting pulse is usually between 40 and 100; please enter 30 to 120." : "";
        } catch (NumberFormatException e) {
            return "Please enter the resting pulse as a whole number of beats a minute.";
        }
    }

    private void load(Partner p) {
        if (p == null) {
            return;
        }
        name.set(p.name());
        pronouns.set(p.pronouns() == null ? "" : p.pronouns());
        restingPulse.set(p.restingPulse() == null ? "" : String.valueOf(p.restingPulse()));
        result.set("");
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty pronounsProperty() { return pronouns; }
    public StringProperty restingPulseProperty() { return restingPulse; }
    public StringBinding nameProblem() { return nameProblem; }
    public StringBinding pulseProblem() { return pulseProblem; }
    public StringBinding whyCannotSave() { return whyCannotSave; }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    // Commands

    public void save() {
        if (!whyCannotSave.get().isEmpty()) {
            return;
        }
        var current = state.currentPartner();
        Integer pulse = restingPulse.get().isBlank() ? null : Integer.valueOf(restingPulse.get().strip());
        var edited = new Partner(current.meta(), current.position(), name.get(), pronouns.get(), current.colour(), pulse);
        tasks.run(() -> couples.updatePartner(edited), saved -> {
            var couple = state.coupleProperty().get();
            var partners = couple.partners().stream().map(p -> p.id().equals(saved.id()) ? saved : p).toList();
            state.coupleProperty().set(new coregulate.domain.Couple(couple.id(), List.copyOf(partners)));
            state.currentPartnerProperty().set(saved);
            state.dataChanged();
            result.set("Saved.");
        }, e -> result.set(UiTasks.message(e)));
    }
}
