package coregulate.ui.exercises;

import coregulate.breathing.BreathMoment;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * Draws the pacer. With motion: a circle between a small and a large size following the breath. With
 * reduced motion: a steady bar for the phase's progress and the same words, nothing that grows or pulses.
 */
final class BreathPacerSkin extends SkinBase<BreathPacer> {
    static final double MIN_RADIUS = 82;
    static final double MAX_RADIUS = 140;

    private final Circle shape = new Circle(MIN_RADIUS);
    // The smallest size still holds the words "Breathe out" and the count, so text never spills over the edge.
    private final Circle outline = new Circle(MAX_RADIUS);
    private final Label words = new Label();
    private final Label count = new Label();
    private final Label left = new Label();
    private final Label names = new Label();
    private final ProgressBar phaseBar = new ProgressBar(0);
    private final StackPane stage;

    BreathPacerSkin(BreathPacer pacer) {
        super(pacer);
        shape.getStyleClass().add("pacer-shape");
        outline.getStyleClass().add("pacer-outline");
        words.setId("pacer-phase");
        words.getStyleClass().addAll("title-2", "pacer-words");
        count.setId("pacer-count");
        count.getStyleClass().addAll("title-1", "pacer-count");
        left.setId("pacer-time-left");
        left.getStyleClass().add("pacer-left");
        names.setId("pacer-names");
        names.getStyleClass().add("pacer-names");
        phaseBar.setId("pacer-progress");
        phaseBar.setPrefWidth(320);
        var text = new VBox(2, words, count);
        text.setAlignment(Pos.CENTER);
        text.setMouseTransparent(true);
        stage = new StackPane(outline, shape, text);
        var box = new VBox(14, names, stage, phaseBar, left);
        box.setAlignment(Pos.CENTER);
        getChildren().add(box);
        names.textProperty().bind(pacer.namesProperty());
        pacer.momentProperty().addListener((obs, o, m) -> render());
        pacer.reducedMotionProperty().addListener((obs, o, r) -> render());
        pacer.pausedProperty().addListener((obs, o, p) -> render());
        render();
    }

    private void render() {
        var pacer = getSkinnable();
        BreathMoment m = pacer.getMoment();
        boolean reduced = pacer.reducedMotionProperty().get();
        stage.setVisible(true);
        outline.setVisible(!reduced);
        shape.setVisible(!reduced);
        outline.setManaged(!reduced);
        shape.setManaged(!reduced);
        double side = reduced ? 120 : 2 * MAX_RADIUS + 20;
        stage.setMinSize(side, side);
        stage.setPrefSize(side, side);
        phaseBar.setVisible(reduced);
        phaseBar.setManaged(reduced);
        if (m == null) {
            words.setText("Get ready");
            count.setText("");
            left.setText("");
            shape.setRadius(MIN_RADIUS);
            return;
        }
        shape.setRadius(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * m.fullness());
        phaseBar.setProgress(m.fraction());
        if (m.finished()) {
            words.setText("Well done");
            count.setText("");
        } else {
            words.setText(pacer.pausedProperty().get() ? "Paused" : m.phase().words());
            count.setText(String.valueOf(m.secondsLeftInPhase()));
        }
        left.setText(m.remainingText() + " left");
        shape.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hold"),
                m.kind() == coregulate.breathing.PhaseKind.HOLD);
    }
}
