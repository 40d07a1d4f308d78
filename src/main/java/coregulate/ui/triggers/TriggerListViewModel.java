package coregulate.ui.triggers;

import coregulate.domain.checkin.Trigger;
import coregulate.service.checkin.TriggerService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The triggers the current partner may see: their own and the other's shared ones. */
public final class TriggerListViewModel {
    private final AppState state;
    private final TriggerService triggers;
    private final UiTasks tasks;
    private final ObservableList<Trigger> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Trigger> lastDeleted = new ReadOnlyObjectWrapper<>();

    public TriggerListViewModel(AppState state, TriggerService triggers, UiTasks tasks) {
        this.state = state;
        this.triggers = triggers;
        this.tasks = tasks;
        state.dataVersionProperty().addListener((obs, o, n) -> reload());
        state.currentPartnerProperty().addListener((obs, o, n) -> {
            lastDeleted.set(null);
            reload();
        });
    }

    public ObservableList<Trigger> entries() { return entries; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Trigger> lastDeletedProperty() { return lastDeleted.getReadOnlyProperty(); }

    public boolean isMine(Trigger t) {
        return t.meta().authorPartnerId().equals(state.currentPartner().id());
    }

    public String authorName(Trigger t) {
        return state.coupleProperty().get().partner(t.meta().authorPartnerId()).map(p -> p.name()).orElse("");
    }

    // Commands

    public void reload() {
        if (state.currentPartner() == null) {
            return;
        }
        var viewer = state.currentPartner().id();
        tasks.run(() -> triggers.visibleTo(viewer), list -> {
            entries.setAll(list);
            message.set(list.isEmpty() ? "Nothing logged yet." : "");
        }, e -> message.set(UiTasks.message(e)));
    }

    public void delete(Trigger t) {
        var viewer = state.currentPartner().id();
        tasks.run(() -> triggers.delete(viewer, t), () -> {
            lastDeleted.set(t);
            message.set("Deleted.");
            state.dataChanged();
        }, e -> message.set(UiTasks.message(e)));
    }

    public void undoDelete() {
        var t = lastDeleted.get();
        if (t == null) {
            return;
        }
        tasks.run(() -> triggers.restore(t), () -> {
            lastDeleted.set(null);
            message.set("Restored.");
            state.dataChanged();
        }, e -> message.set(UiTasks.message(e)));
    }
}
