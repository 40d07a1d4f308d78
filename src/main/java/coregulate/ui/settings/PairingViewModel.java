package coregulate.ui.settings;

import coregulate.sync.couple.CoupleIdentity;
import coregulate.sync.couple.CoupleSync;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Pairing this computer with the partner's through a folder their sync tool shares: start a pairing and show
 * the code, or check a code and say who uses this computer, and unpair. Slow work (the key takes a moment to
 * derive, on purpose) runs in the background; the screen says it is working.
 */
public final class PairingViewModel {
    private final AppState state;
    private final CoupleSync sync;
    private final UiTasks tasks;
    private final BooleanProperty paired = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty typedCode = new SimpleStringProperty("");
    private final StringProperty shownCode = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<CoupleIdentity.Person> whoCanJoin = FXCollections.observableArrayList();
    private final ObjectProperty<CoupleSync.Checked> checked = new SimpleObjectProperty<>();
    private final Runnable identityChanged;

    public PairingViewModel(AppState state, CoupleSync sync, UiTasks tasks, Runnable identityChanged) {
        this.state = state;
        this.sync = sync;
        this.tasks = tasks;
        this.identityChanged = identityChanged;
        state.dataVersionProperty().addListener((obs, o, n) -> refresh());
    }

    public void refresh() {
        tasks.run(sync::status, this::show, this::fail);
    }

    private void show(CoupleSync.Status s) {
        paired.set(s.paired());
        summary.set(s.summary());
        state.pairedWithProperty().set(s.paired() ? s.summary() : "");
        s.folder().ifPresent(f -> folder.set(f.toString()));
        waiting.set(s.paired() && !s.partnerSeen() ? "Waiting for the other computer to join with the code. "
                + "Once your sync tool has copied the folder there, it can." : "");
        notices.setAll(s.notices());
    }

    /** Starts pairing: the folder becomes the couple folder and the code is shown, once. */
    public void pair() {
        Path chosen = chosenFolder();
        if (chosen == null) {
            return;
        }
        UUID me = state.currentPartner().id();
        working(() -> sync.pair(chosen, me), code -> {
            shownCode.set(code);
            refresh();
        });
    }

    /** Checks the typed code against the folder; on success the screen asks who uses this computer. */
    public void check() {
        Path chosen = chosenFolder();
        if (chosen == null) {
            return;
        }
        if (typedCode.get().isBlank()) {
            problem.set("Please type the ten words shown on your partner's computer.");
            return;
        }
        String code = typedCode.get();
        working(() -> sync.check(chosen, code), result -> {
            if (!result.ok()) {
                problem.set(result.problem());
                return;
            }
            checked.set(result.value());
            whoCanJoin.setAll(result.value().identity().partners());
        });
    }

    /** Joins as {@code me}, one of the two people the couple folder knows. */
    public void joinAs(CoupleIdentity.Person me) {
        var ready = checked.get();
        if (ready == null) {
            return;
        }
        UUID localMe = state.currentPartner().id();
        working(() -> sync.join(ready, localMe, me.id()), result -> {
            if (!result.ok()) {
                problem.set(result.problem());
                return;
            }
            checked.set(null);
            whoCanJoin.clear();
            typedCode.set("");
            refresh();
            identityChanged.run();
        });
    }

    public void unpair() {
        working(() -> {
            sync.unpair();
            return null;
        }, ignored -> {
            shownCode.set("");
            refresh();
            state.dataChanged();
        });
    }

    public void checkNow() {
        working(() -> {
            sync.pollNow();
            return null;
        }, ignored -> refresh());
    }

    private Path chosenFolder() {
        problem.set("");
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            problem.set("Please choose the folder your sync tool shares with your partner.");
            return null;
        }
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            problem.set("That is not a folder path this computer understands.");
            return null;
        }
    }

    private <T> void working(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        problem.set("");
        busy.set(true);
        tasks.run(work, value -> {
            busy.set(false);
            done.accept(value);
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    private void fail(Throwable e) {
        problem.set(UiTasks.message(e));
    }

    public BooleanProperty pairedProperty() {
        return paired;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty typedCodeProperty() {
        return typedCode;
    }

    public StringProperty shownCodeProperty() {
        return shownCode;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty waitingProperty() {
        return waiting;
    }

    public ObservableList<String> notices() {
        return notices;
    }

    /** The two people in a checked couple folder, to choose who uses this computer. */
    public ObservableList<CoupleIdentity.Person> whoCanJoin() {
        return whoCanJoin;
    }
}
