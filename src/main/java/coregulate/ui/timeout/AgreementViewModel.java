package coregulate.ui.timeout;

import coregulate.domain.timeout.TimeOutAgreement;
import coregulate.service.timeout.TimeOutService;
import coregulate.service.timeout.TimeOutService.AgreementDraft;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Writing the time-out agreement together, and each partner confirming it. */
public final class AgreementViewModel {
    private final AppState state;
    private final TimeOutService timeOuts;
    private final UiTasks tasks;

    // Properties
    private final StringProperty signalWords = new SimpleStringProperty("");
    private final StringProperty signalGesture = new SimpleStringProperty("");
    private final StringProperty breakMinutes = new SimpleStringProperty(String.valueOf(TimeOutAgreement.DEFAULT_BREAK_MINUTES));
    private final StringProperty returnHours = new SimpleStringProperty("24");
    private final StringProperty firstPlan = new SimpleStringProperty("");
    private final StringProperty secondPlan = new SimpleStringProperty("");
    private final StringProperty restart = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Optional<TimeOutAgreement>> latest = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final StringBinding problem = Bindings.createStringBinding(this::computeProblem, signalWords,
            signalGesture, breakMinutes, returnHours, firstPlan, secondPlan, restart);

    public AgreementViewModel(AppState state, TimeOutService timeOuts, UiTasks tasks) {
        this.state = state;
        this.timeOuts = timeOuts;
        this.tasks = tasks;
        state.currentPartnerProperty().addListener((obs, o, n) -> refreshStatus());
    }

    private String computeProblem() {
        int minutes;
        int hours;
        try {
            minutes = Integer.parseInt(breakMinutes.get().strip());
        } catch (NumberFormatException e) {
            return "The break length is a whole number of minutes, at least 20.";
        }
        try {
            hours = Integer.parseInt(returnHours.get().strip());
        } catch (NumberFormatException e) {
            return "The latest return is a whole number of hours, at most 24.";
        }
        List<String> problems = TimeOutAgreement.problems(signalWords.get(), minutes, hours, signalGesture.get(),
                firstPlan.get(), secondPlan.get(), restart.get());
        return problems.isEmpty() ? "" : problems.get(0);
    }

    public StringProperty signalWordsProperty() { return signalWords; }
    public StringProperty signalGestureProperty() { return signalGesture; }
    public StringProperty breakMinutesProperty() { return breakMinutes; }
    public StringProperty returnHoursProperty() { return returnHours; }
    public StringProperty firstPlanProperty() { return firstPlan; }
    public StringProperty secondPlanProperty() { return secondPlan; }
    public StringProperty restartProperty() { return restart; }
    public StringBinding problem() { return problem; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Optional<TimeOutAgreement>> latestProperty() { return latest.getReadOnlyProperty(); }

    public boolean currentMayConfirm() {
        return latest.get().map(a -> !a.confirmedBy().contains(state.currentPartner().id())).orElse(false);
    }

    // Commands

    public void load() {
        tasks.run(() -> timeOuts.agreements().stream().findFirst(), newest -> {
            latest.set(newest);
            newest.ifPresent(a -> {
                signalWords.set(a.signalWords());
                signalGesture.set(a.signalGesture());
                breakMinutes.set(String.valueOf(a.breakMinutes()));
                returnHours.set(String.valueOf(a.latestReturnHours()));
                firstPlan.set(a.firstPlan());
                secondPlan.set(a.secondPlan());
                restart.set(a.restart());
            });
            refreshStatus();
        }, state::reportProblem);
    }

    private void refreshStatus() {
        var couple = state.coupleProperty().get();
        status.set(latest.get().map(a -> {
            if (a.confirmedByBoth(couple.first().id(), couple.second().id())) {
                return "Version " + a.version() + " is in force: you have both confirmed it.";
            }
            var waiting = couple.partners().stream().filter(p -> !a.confirmedBy().contains(p.id()))
                    .map(p -> p.name()).toList();
            return "Version " + a.version() + " is waiting for " + String.join(" and ", waiting)
                    + " to confirm. Until then, " + (a.version() > 1 ? "the earlier confirmed version stays in force."
                    : "a time-out gives a gentle 20-minute pause.");
        }).orElse("Not written yet. Write it together at a calm time; it takes effect once you have both confirmed it."));
    }

    public void propose() {
        if (!problem.get().isEmpty()) {
            result.set(problem.get());
            return;
        }
        var me = state.currentPartner().id();
        var draft = new AgreementDraft(signalWords.get(), signalGesture.get(), Integer.parseInt(breakMinutes.get().strip()),
                Integer.parseInt(returnHours.get().strip()), firstPlan.get(), secondPlan.get(), restart.get());
        tasks.run(() -> timeOuts.propose(me, draft), saved -> {
            result.set("Saved as version " + saved.version() + ". Now ask your partner to read and confirm it.");
            state.dataChanged();
            load();
        }, e -> result.set(UiTasks.message(e)));
    }

    public void confirm() {
        var agreement = latest.get().orElse(null);
        if (agreement == null) {
            return;
        }
        var me = state.currentPartner().id();
        tasks.run(() -> {
            timeOuts.confirm(me, agreement);
            return null;
        }, ignored -> {
            result.set("Confirmed. Thank you.");
            state.dataChanged();
            load();
        }, e -> result.set(UiTasks.message(e)));
    }
}
