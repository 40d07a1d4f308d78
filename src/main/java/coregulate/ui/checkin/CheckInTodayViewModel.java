package coregulate.ui.checkin;

import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.HelpsCard;
import coregulate.service.checkin.CheckInService;
import coregulate.service.checkin.HelpsCardService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** What Today shows from check-ins: my latest check-in, and my partner's card if they shared it. */
public final class CheckInTodayViewModel {
    private final AppState state;
    private final CheckInService checkIns;
    private final HelpsCardService cards;
    private final UiTasks tasks;
    private final ReadOnlyObjectWrapper<Optional<CheckIn>> latest = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<HelpsCard>> partnersCard = new ReadOnlyObjectWrapper<>(Optional.empty());

    public CheckInTodayViewModel(AppState state, CheckInService checkIns, HelpsCardService cards, UiTasks tasks) {
        this.state = state;
        this.checkIns = checkIns;
        this.cards = cards;
        this.tasks = tasks;
        state.dataVersionProperty().addListener((obs, o, n) -> reload());
        state.currentPartnerProperty().addListener((obs, o, n) -> reload());
    }

    public ReadOnlyObjectProperty<Optional<CheckIn>> latestProperty() { return latest.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Optional<HelpsCard>> partnersCardProperty() { return partnersCard.getReadOnlyProperty(); }

    public String partnerName() {
        return state.otherPartner().name();
    }

    public Integer restingPulse() {
        return state.currentPartner().restingPulse();
    }

    private record Loaded(Optional<CheckIn> latest, Optional<HelpsCard> card) {
    }

    public void reload() {
        if (state.currentPartner() == null) {
            return;
        }
        var me = state.currentPartner().id();
        var other = state.otherPartner().id();
        tasks.run(() -> new Loaded(checkIns.latestFor(me), cards.cardOf(other, me).filter(c -> !c.isEmpty())),
                loaded -> {
                    latest.set(loaded.latest());
                    partnersCard.set(loaded.card());
                }, state::reportProblem);
    }
}
