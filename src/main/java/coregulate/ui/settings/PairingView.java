package coregulate.ui.settings;

import coregulate.sync.couple.CoupleIdentity;
import java.io.File;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Settings section "Two computers": pair, join with the code, see the state, unpair. */
public final class PairingView extends VBox {
    private final PairingViewModel vm;
    private final FlowPane whoButtons = new FlowPane(8, 8);

    /** @param chooseFolder opens a folder chooser (returns null when the person cancels) */
    public PairingView(PairingViewModel vm, Supplier<File> chooseFolder) {
        super(8);
        this.vm = vm;
        setId("pairing");
        var title = new Label("Two computers");
        title.getStyleClass().add("title-3");
        var status = new Label();
        status.setId("pairing-status");
        status.textProperty().bind(Bindings.when(vm.pairedProperty()).then(vm.summaryProperty())
                .otherwise("Not paired with another computer. Each of you can use Coregulate on your own computer: "
                        + "shared entries and time-outs then travel through a folder your own sync tool already "
                        + "shares (Syncthing, Dropbox, Nextcloud, OneDrive, iCloud Drive). What you keep private "
                        + "never leaves this computer, and everything in the folder is encrypted."));
        status.setWrapText(true);

        var folder = new TextField();
        folder.setId("pairing-folder");
        folder.setPromptText("The folder your sync tool shares with your partner");
        folder.textProperty().bindBidirectional(vm.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        var choose = new Button("Choose…");
        choose.setId("pairing-choose");
        choose.setOnAction(e -> {
            File dir = chooseFolder.get();
            if (dir != null) {
                vm.folderProperty().set(dir.getPath());
            }
        });
        var folderRow = new HBox(8, folder, choose);

        var pair = new Button("Pair with my partner's computer");
        pair.setId("pairing-pair");
        pair.setOnAction(e -> vm.pair());
        var code = new TextField();
        code.setId("pairing-code-input");
        code.setPromptText("Type the ten words shown on your partner's computer");
        code.textProperty().bindBidirectional(vm.typedCodeProperty());
        HBox.setHgrow(code, Priority.ALWAYS);
        var check = new Button("Join with this code");
        check.setId("pairing-check");
        check.setOnAction(e -> vm.check());
        code.setOnAction(e -> vm.check());
        var joinRow = new HBox(8, code, check);

        var who = new Label("The code is right. Who uses this computer?");
        who.setId("pairing-who");
        var whoBox = new VBox(6, who, whoButtons);
        whoBox.visibleProperty().bind(Bindings.isNotEmpty(vm.whoCanJoin()));
        whoBox.managedProperty().bind(whoBox.visibleProperty());
        vm.whoCanJoin().addListener((ListChangeListener<CoupleIdentity.Person>) c -> showWho());

        var unpaired = new VBox(8, folderRow, pair, new Label("Or, if your partner has already paired:"), joinRow, whoBox);
        unpaired.visibleProperty().bind(vm.pairedProperty().not());
        unpaired.managedProperty().bind(unpaired.visibleProperty());

        var shownCode = new Label();
        shownCode.setId("pairing-code");
        shownCode.getStyleClass().add("title-3");
        shownCode.textProperty().bind(vm.shownCodeProperty());
        shownCode.setWrapText(true);
        var codeHelp = new Label("Read these ten words to your partner, or show them this screen. On their computer: "
                + "Settings, Two computers, choose the same folder once it has synced, and type the words. The code "
                + "is shown only now and is never stored in the folder; please do not send it through a chat that "
                + "syncs to the same cloud.");
        codeHelp.setWrapText(true);
        var codeBox = new VBox(6, shownCode, codeHelp);
        codeBox.visibleProperty().bind(vm.shownCodeProperty().isNotEmpty());
        codeBox.managedProperty().bind(codeBox.visibleProperty());

        var waiting = new Label();
        waiting.setId("pairing-waiting");
        waiting.textProperty().bind(vm.waitingProperty());
        waiting.setWrapText(true);
        var notices = new VBox(4);
        notices.setId("pairing-notices");
        vm.notices().addListener((ListChangeListener<String>) c -> {
            notices.getChildren().clear();
            vm.notices().forEach(n -> {
                var l = new Label(n);
                l.setWrapText(true);
                notices.getChildren().add(l);
            });
        });
        var checkNow = new Button("Check the folder now");
        checkNow.setId("pairing-check-now");
        checkNow.setOnAction(e -> vm.checkNow());
        var unpair = new Button("Unpair this computer…");
        unpair.setId("pairing-unpair");
        var confirmText = new Label("Unpairing stops sharing at once. This computer stops writing to the folder, "
                + "removes its own journal and key there, and removes your partner's shared entries from this "
                + "computer (time-outs stay in your history). It cannot take back what your partner's computer "
                + "has already received.");
        confirmText.setWrapText(true);
        var confirm = new Button("Yes, unpair");
        confirm.setId("pairing-unpair-confirm");
        confirm.getStyleClass().add("danger");
        confirm.setOnAction(e -> vm.unpair());
        var confirmBox = new VBox(6, confirmText, confirm);
        confirmBox.setVisible(false);
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        unpair.setOnAction(e -> confirmBox.setVisible(true));
        vm.pairedProperty().addListener((obs, o, now) -> confirmBox.setVisible(false));
        var where = new Label();
        where.setId("pairing-where");
        where.textProperty().bind(Bindings.concat("Shared folder: ", vm.folderProperty()));
        where.setWrapText(true);
        var pairedBox = new VBox(8, where, waiting, notices, new HBox(8, checkNow, unpair), confirmBox);
        pairedBox.visibleProperty().bind(vm.pairedProperty());
        pairedBox.managedProperty().bind(pairedBox.visibleProperty());

        var busy = new ProgressIndicator();
        busy.setMaxSize(24, 24);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        var problem = new Label();
        problem.setId("pairing-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);
        pair.disableProperty().bind(vm.busyProperty());
        check.disableProperty().bind(vm.busyProperty());

        getChildren().addAll(title, status, codeBox, unpaired, pairedBox, busy, problem);
        vm.refresh();
    }

    private void showWho() {
        whoButtons.getChildren().clear();
        for (var person : vm.whoCanJoin()) {
            var button = new Button("I am " + person.name());
            button.setId("pairing-me-" + person.position());
            button.setOnAction(e -> vm.joinAs(person));
            whoButtons.getChildren().add(button);
        }
    }
}
