package coregulate.ui.timeout;

import coregulate.domain.timeout.TimeOutAgreement;
import coregulate.domain.timeout.TimeOutPhase;
import coregulate.ui.AppState;
import coregulate.ui.ExerciseLauncher;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A time-out in progress, the same for both partners: who called it, the signal, the countdown, what's next. */
final class ActiveTimeOutView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    ActiveTimeOutView(TimeOutViewModel vm, AppState state, ExerciseLauncher exercises, ZoneId zone) {
        super(14);
        setId("active-time-out");
        setAlignment(Pos.TOP_CENTER);
        var phase = vm.phaseProperty();
        var title = new Label();
        title.setId("time-out-title");
        title.getStyleClass().add("title-2");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.activeProperty().get() == null ? ""
                : "Time-out called by " + vm.nameOf(vm.activeProperty().get().calledBy()) + " at "
                + TIME.format(vm.activeProperty().get().calledAt().atZone(zone)), vm.activeProperty(),
                state.coupleProperty()));
        var signal = new Label();
        signal.setId("time-out-signal");
        signal.setWrapText(true);
        signal.textProperty().bind(Bindings.createStringBinding(() -> vm.inForceProperty().get()
                .map(a -> "Your signal: \u201c" + a.signalWords() + "\u201d" + (a.signalGesture().isBlank() ? ""
                        : " · " + a.signalGesture())).orElse("A pause, agreed as an invitation, not a walk-out."),
                vm.inForceProperty()));
        var countdown = new Label();
        countdown.setId("time-out-countdown");
        countdown.getStyleClass().add("time-out-countdown");
        countdown.textProperty().bind(vm.countdownProperty());
        var phaseText = new Label();
        phaseText.setId("time-out-phase");
        phaseText.setWrapText(true);
        phaseText.textProperty().bind(Bindings.createStringBinding(() -> phase.get() == null ? "" : switch (phase.get()) {
            case CALLED, RUNNING -> "Left of your break. Your body needs about 20 minutes to settle, even if you "
                    + "feel calm sooner. Soothe yourself; try not to rehearse the argument.";
            case RECONVENING -> "The break is over. Come back together, even if you're not fully calm, or ask for a "
                    + "set extra time.";
            case RECONVENED -> "You came back together. How did the talk go?";
            case MISSED -> "This time-out wasn't picked up again by the agreed time. That happens; talk about it "
                    + "when you're both calm.";
            case CANCELLED -> "";
        }, phase));

        var promises = new Label();
        promises.setId("time-out-promises");
        promises.setWrapText(true);
        promises.textProperty().bind(Bindings.createStringBinding(() -> vm.inForceProperty().get()
                .map(a -> promises(a, state)).orElse("While you pause: breathe slowly, walk, stretch, listen to music. "
                        + "Try not to replay the argument."), vm.inForceProperty(), state.coupleProperty()));

        var calm = new Button("Start a calming exercise");
        calm.setId("time-out-exercise");
        calm.getStyleClass().add("accent");
        calm.setOnAction(e -> exercises.breatheNow());

        var cancel = new Button("Take it back, I called it by mistake");
        cancel.setId("time-out-cancel");
        // Only the one who called it may take it back; the partner answers with "I see it" instead.
        show(cancel, phase.isEqualTo(TimeOutPhase.CALLED).and(Bindings.createBooleanBinding(vm::currentIsCaller,
                vm.activeProperty(), state.currentPartnerProperty())));
        cancel.setOnAction(e -> vm.cancel());

        var acknowledge = new Button("I see it. I'm pausing too");
        acknowledge.setId("time-out-acknowledge");
        show(acknowledge, Bindings.createBooleanBinding(() -> vm.activeProperty().get() != null
                && vm.activeProperty().get().acknowledgedBy() == null && !vm.currentIsCaller()
                && phase.get() != null && phase.get().isActive(), vm.activeProperty(), phase, state.currentPartnerProperty()));
        acknowledge.setOnAction(e -> vm.acknowledge());

        var ready = new Button("I'm ready to come back");
        ready.setId("time-out-ready");
        var more10 = new Button("I need 10 more minutes");
        more10.setId("time-out-more-10");
        more10.setOnAction(e -> vm.extend(10));
        var more20 = new Button("20 more minutes");
        more20.setId("time-out-more-20");
        more20.setOnAction(e -> vm.extend(20));
        ready.setOnAction(e -> vm.ready());
        var comeBack = new HBox(8, ready, more10, more20);
        comeBack.setAlignment(Pos.CENTER);
        show(comeBack, phase.isEqualTo(TimeOutPhase.RECONVENING));
        var waiting = new Label();
        waiting.setId("time-out-waiting");
        waiting.textProperty().bind(Bindings.createStringBinding(() -> vm.activeProperty().get() == null
                || vm.activeProperty().get().ready().isEmpty() ? "" : "Ready: " + String.join(", ",
                vm.activeProperty().get().ready().stream().map(vm::nameOf).sorted().toList()), vm.activeProperty()));

        var outcomeBox = outcome(vm);
        show(outcomeBox, phase.isEqualTo(TimeOutPhase.RECONVENED));

        var message = new Label();
        message.setId("time-out-message");
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(title, signal, countdown, phaseText, cancel, acknowledge, comeBack, waiting, outcomeBox,
                promises, calm, message);
    }

    private static String promises(TimeOutAgreement a, AppState state) {
        var couple = state.coupleProperty().get();
        var text = new StringBuilder();
        if (!a.firstPlan().isBlank()) {
            text.append(couple.first().name()).append(" will: ").append(a.firstPlan()).append('\n');
        }
        if (!a.secondPlan().isBlank()) {
            text.append(couple.second().name()).append(" will: ").append(a.secondPlan()).append('\n');
        }
        if (!a.restart().isBlank()) {
            text.append("To restart: ").append(a.restart());
        }
        return text.toString().strip();
    }

    private static VBox outcome(TimeOutViewModel vm) {
        var group = new ToggleGroup();
        var row = new HBox(6);
        row.setAlignment(Pos.CENTER);
        for (int i = 1; i <= 5; i++) {
            var b = new ToggleButton(String.valueOf(i));
            b.setId("time-out-outcome-" + i);
            b.setToggleGroup(group);
            int value = i;
            b.setOnAction(e -> vm.outcomeProperty().set(b.isSelected() ? value : null));
            row.getChildren().add(b);
        }
        var note = new TextField();
        note.setId("time-out-outcome-note");
        note.setPromptText("A note, if you like");
        note.setMaxWidth(420);
        var save = new Button("Save how it went");
        save.setId("time-out-outcome-save");
        save.disableProperty().bind(vm.outcomeProperty().isNull());
        save.setOnAction(e -> vm.saveOutcome(note.getText()));
        var hint = new Label("1 = hard, 5 = went well");
        hint.getStyleClass().add("hint");
        var box = new VBox(8, row, hint, note, save);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static void show(javafx.scene.Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }
}
