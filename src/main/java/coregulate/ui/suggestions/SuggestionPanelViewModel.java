package coregulate.ui.suggestions;

import coregulate.rules.Suggestions;
import coregulate.service.suggest.CrisisResources;
import coregulate.service.suggest.SuggestionService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** Suggestions for the partner using the window now; refreshed whenever data or the partner changes. */
public final class SuggestionPanelViewModel {
    private final AppState state;
    private final SuggestionService suggestions;
    private final CrisisResources crisis;
    private final UiTasks tasks;
    private final BooleanProperty feelsUnsafe = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Suggestions> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<CrisisResources.Contact>> contacts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SuggestionPanelViewModel(AppState state, SuggestionService suggestions, CrisisResources crisis, UiTasks tasks) {
        this.state = state;
        this.suggestions = suggestions;
        this.crisis = crisis;
        this.tasks = tasks;
        state.dataVersionProperty().addListener((o, a, b) -> reload());
        state.currentPartnerProperty().addListener((o, a, b) -> {
            feelsUnsafe.set(false);
            reload();
        });
        feelsUnsafe.addListener((o, a, b) -> reload());
    }

    public BooleanProperty feelsUnsafeProperty() { return feelsUnsafe; }
    public ReadOnlyObjectProperty<Suggestions> currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<CrisisResources.Contact>> contactsProperty() { return contacts.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    private record Loaded(Suggestions suggestions, List<CrisisResources.Contact> contacts) {
    }

    public void reload() {
        var partner = state.currentPartner();
        if (partner == null) {
            return;
        }
        boolean unsafe = feelsUnsafe.get();
        tasks.run(() -> new Loaded(suggestions.forPartner(partner, unsafe), crisis.list()), loaded -> {
            contacts.set(loaded.contacts());
            current.set(loaded.suggestions());
            message.set("");
        }, e -> message.set("Suggestions are unavailable just now: " + UiTasks.message(e)
                + " The exercise library still works."));
    }
}
