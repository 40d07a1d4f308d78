package coregulate.ui.triggers;

import coregulate.domain.Visibility;
import coregulate.domain.checkin.HelpsCard;
import coregulate.service.checkin.HelpsCardService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The current partner's "what helps me" card, and whether their partner may read it. */
public final class HelpsCardViewModel {
    private final AppState state;
    private final HelpsCardService cards;
    private final UiTasks tasks;
    private final StringProperty whenActivated = new SimpleStringProperty("");
    private final StringProperty whenShutDown = new SimpleStringProperty("");
    private final StringProperty pleaseDont = new SimpleStringProperty("");
    private final BooleanProperty shared = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final StringBinding problem = Bindings.createStringBinding(
            () -> whenActivated.get().length() > HelpsCard.FIELD_MAX || whenShutDown.get().length() > HelpsCard.FIELD_MAX
                    || pleaseDont.get().length() > HelpsCard.FIELD_MAX
                    ? "Please keep each part to " + HelpsCard.FIELD_MAX + " characters." : "",
            whenActivated, whenShutDown, pleaseDont);

    public HelpsCardViewModel(AppState state, HelpsCardService cards, UiTasks tasks) {
        this.state = state;
        this.cards = cards;
        this.tasks = tasks;
        state.currentPartnerProperty().addListener((obs, o, n) -> load());
    }

    public StringProperty whenActivatedProperty() { return whenActivated; }
    public StringProperty whenShutDownProperty() { return whenShutDown; }
    public StringProperty pleaseDontProperty() { return pleaseDont; }
    public BooleanProperty sharedProperty() { return shared; }
    public StringBinding problem() { return problem; }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }

    // Commands

    public void load() {
        if (state.currentPartner() == null) {
            return;
        }
        var me = state.currentPartner().id();
        tasks.run(() -> cards.cardOf(me, me), card -> {
            whenActivated.set(card.map(HelpsCard::whenActivated).orElse(""));
            whenShutDown.set(card.map(HelpsCard::whenShutDown).orElse(""));
            pleaseDont.set(card.map(HelpsCard::pleaseDont).orElse(""));
            shared.set(card.map(c -> c.meta().visibility() == Visibility.SHARED).orElse(false));
            result.set("");
        }, e -> result.set(UiTasks.message(e)));
    }

    public void save() {
        if (!problem.get().isEmpty()) {
            result.set(problem.get());
            return;
        }
        var me = state.currentPartner().id();
        var a = whenActivated.get();
        var b = whenShutDown.get();
        var c = pleaseDont.get();
        var visibility = shared.get() ? Visibility.SHARED : Visibility.PRIVATE;
        tasks.run(() -> cards.save(me, a, b, c, visibility), saved -> {
            result.set(visibility == Visibility.SHARED ? "Saved and shared with your partner." : "Saved, just for you.");
            state.dataChanged();
        }, e -> result.set("Not saved: " + UiTasks.message(e)));
    }
}
