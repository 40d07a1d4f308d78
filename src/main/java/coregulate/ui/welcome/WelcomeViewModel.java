package coregulate.ui.welcome;

import coregulate.domain.Couple;
import coregulate.domain.NameRules;
import coregulate.service.CoupleService;
import coregulate.service.CoupleService.PartnerDraft;
import coregulate.ui.common.UiTasks;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First run: the two partners' names, pronouns and colours, validated as they are typed. */
public final class WelcomeViewModel {
    private final CoupleService couples;
    private final UiTasks tasks;
    private final Consumer<Couple> onCreated;

    // Properties
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty firstPronouns = new SimpleStringProperty("");
    private final StringProperty firstColour = new SimpleStringProperty("#3b82f6");
    private final StringProperty secondName = new SimpleStringProperty("");
    private final StringProperty secondPronouns = new SimpleStringProperty("");
    private final StringProperty secondColour = new SimpleStringProperty("#f97316");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final StringBinding firstNameProblem = problem(firstName);
    private final StringBinding secondNameProblem = problem(secondName);
    private final StringBinding firstPronounsProblem = pronounsProblem(firstPronouns);
    private final StringBinding secondPronounsProblem = pronounsProblem(secondPronouns);
    private final StringBinding whyCannotStart = Bindings.createStringBinding(this::computeWhyCannotStart,
            firstNameProblem, secondNameProblem, firstPronounsProblem, secondPronounsProblem, saving);
    private final BooleanBinding canStart = whyCannotStart.isEmpty();

    public WelcomeViewModel(CoupleService couples, UiTasks tasks, Consumer<Couple> onCreated) {
        this.couples = couples;
        this.tasks = tasks;
        this.onCreated = onCreated;
    }

    private static StringBinding problem(StringProperty name) {
        return Bindings.createStringBinding(() -> NameRules.problemWithName(name.get()).orElse(""), name);
    }

    private static StringBinding pronounsProblem(StringProperty pronouns) {
        return Bindings.createStringBinding(() -> NameRules.problemWithPronouns(pronouns.get()).orElse(""), pronouns);
    }

    private String computeWhyCannotStart() {
        if (saving.get()) {
            return "Saving…";
        }
        if (!firstNameProblem.get().isEmpty()) {
            return "First partner: " + firstNameProblem.get();
        }
        if (!secondNameProblem.get().isEmpty()) {
            return "Second partner: " + secondNameProblem.get();
        }
        if (!firstPronounsProblem.get().isEmpty() || !secondPronounsProblem.get().isEmpty()) {
            return "Please shorten the pronouns.";
        }
        return "";
    }

    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty firstPronounsProperty() { return firstPronouns; }
    public StringProperty firstColourProperty() { return firstColour; }
    public StringProperty secondNameProperty() { return secondName; }
    public StringProperty secondPronounsProperty() { return secondPronouns; }
    public StringProperty secondColourProperty() { return secondColour; }
    public StringBinding firstNameProblem() { return firstNameProblem; }
    public StringBinding secondNameProblem() { return secondNameProblem; }
    public StringBinding firstPronounsProblem() { return firstPronounsProblem; }
    public StringBinding secondPronounsProblem() { return secondPronounsProblem; }
    public StringBinding whyCannotStart() { return whyCannotStart; }
    public BooleanBinding canStart() { return canStart; }
    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }

    // Commands

    public void start() {
        if (!canStart.get()) {
            return;
        }
        saving.set(true);
        saveError.set("");
        var a = new PartnerDraft(firstName.get(), firstPronouns.get(), firstColour.get());
        var b = new PartnerDraft(secondName.get(), secondPronouns.get(), secondColour.get());
        tasks.run(() -> couples.createCouple(a, b), couple -> {
            saving.set(false);
            onCreated.accept(couple);
        }, e -> {
            saving.set(false);
            saveError.set(UiTasks.message(e));
        });
    }
}
