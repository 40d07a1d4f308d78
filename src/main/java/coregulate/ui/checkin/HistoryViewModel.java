package coregulate.ui.checkin;

import coregulate.domain.ArousalState;
import coregulate.domain.checkin.CheckIn;
import coregulate.domain.checkin.HistoryFilter;
import coregulate.service.checkin.CheckInService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The check-in history as the current partner may see it, filtered by whose, when and which state. It
 * reloads in the background whenever data, the partner or a filter changes.
 */
public final class HistoryViewModel {
    /** Whose entries to list. */
    public enum Whose { BOTH, MINE, PARTNERS }

    /**
     * Entries read at a time. Years of history would take seconds to read and map at once; a page shows at
     * once, and "Show older check-ins" reads the next.
     */
    static final int PAGE = 1_000;
    private final AppState state;
    private final CheckInService checkIns;
    private final UiTasks tasks;
    private final ZoneId zone;

    // Properties
    private final ObjectProperty<Whose> whose = new SimpleObjectProperty<>(Whose.BOTH);
    private final ObjectProperty<ArousalState> stateFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<CheckIn> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CheckIn> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper moreAvailable =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private long generation;
    /** How many entries the list asks for: a reload keeps what was already opened up. */
    private int wanted = PAGE;

    public HistoryViewModel(AppState state, CheckInService checkIns, UiTasks tasks, ZoneId zone) {
        this.state = state;
        this.checkIns = checkIns;
        this.tasks = tasks;
        this.zone = zone;
        Runnable reload = this::reload;
        state.dataVersionProperty().addListener((obs, o, n) -> reload.run());
        state.currentPartnerProperty().addListener((obs, o, n) -> {
            lastDeleted.set(null);
            reload.run();
        });
        // A new filter starts again at the first page.
        javafx.beans.value.ChangeListener<Object> filterChanged = (obs, o, n) -> {
            wanted = PAGE;
            reload.run();
        };
        whose.addListener(filterChanged);
        stateFilter.addListener(filterChanged);
        from.addListener(filterChanged);
        to.addListener(filterChanged);
    }

    public ObjectProperty<Whose> whoseProperty() { return whose; }
    public ObjectProperty<ArousalState> stateFilterProperty() { return stateFilter; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<CheckIn> entries() { return entries; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CheckIn> lastDeletedProperty() { return lastDeleted.getReadOnlyProperty(); }
    public javafx.beans.property.ReadOnlyBooleanProperty moreAvailableProperty() {
        return moreAvailable.getReadOnlyProperty();
    }

    public boolean isMine(CheckIn c) {
        return c.meta().authorPartnerId().equals(state.currentPartner().id());
    }

    public String authorName(CheckIn c) {
        return state.coupleProperty().get().partner(c.meta().authorPartnerId()).map(p -> p.name()).orElse("");
    }

    public Integer restingPulseOf(CheckIn c) {
        return state.coupleProperty().get().partner(c.meta().authorPartnerId()).map(p -> p.restingPulse()).orElse(null);
    }

    // Commands

    /** Reads the next page of older entries. */
    public void showMore() {
        wanted += PAGE;
        reload();
    }

    public void reload() {
        if (state.currentPartner() == null) {
            return;
        }
        int limit = wanted;
        UUID viewer = state.currentPartner().id();
        Optional<UUID> author = switch (whose.get()) {
            case BOTH -> Optional.empty();
            case MINE -> Optional.of(viewer);
            case PARTNERS -> Optional.of(state.otherPartner().id());
        };
        var filter = new HistoryFilter(viewer, author,
                Optional.ofNullable(from.get()).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to.get()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()),
                Optional.ofNullable(stateFilter.get()), limit + 1, 0);
        long mine = ++generation;
        tasks.run(() -> checkIns.history(filter), list -> {
            // A slower, older load must not overwrite a newer one.
            if (mine == generation) {
                moreAvailable.set(list.size() > limit);
                entries.setAll(list.size() > limit ? list.subList(0, limit) : list);
                message.set(list.isEmpty() ? "No check-ins here yet. Your first one will show up right away." : "");
            }
        }, e -> message.set(UiTasks.message(e)));
    }

    public void delete(CheckIn c) {
        var viewer = state.currentPartner().id();
        tasks.run(() -> checkIns.delete(viewer, c), () -> {
            lastDeleted.set(c);
            message.set("Check-in deleted.");
            state.dataChanged();
        }, e -> message.set(UiTasks.message(e)));
    }

    public void undoDelete() {
        var deleted = lastDeleted.get();
        if (deleted == null) {
            return;
        }
        tasks.run(() -> checkIns.restore(deleted), () -> {
            lastDeleted.set(null);
            message.set("Check-in restored.");
            state.dataChanged();
        }, e -> message.set(UiTasks.message(e)));
    }
}
