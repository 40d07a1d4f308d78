package coregulate.ui.checkin;

import coregulate.domain.ArousalState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The arousal scale drawn as a window of tolerance: hyper-arousal above, the calm band in the middle,
 * hypo-arousal below. One click picks a level; with the keyboard, the arrows move, and a digit picks a level
 * (typed after "-" for the shut-down side).
 */
public final class ArousalScale extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final ObjectProperty<Integer> value = new SimpleObjectProperty<>();
    private boolean minusTyped;

    public ArousalScale() {
        super(2);
        setId("arousal-scale");
        getStyleClass().add("arousal-scale");
        setFocusTraversable(true);
        setAccessibleText("Arousal scale from minus 5, shut down, to plus 5, activated. Use the arrow keys.");
        for (int level = ArousalState.MAX_LEVEL; level >= ArousalState.MIN_LEVEL; level--) {
            if (level == ArousalState.MAX_LEVEL) {
                getChildren().add(zone("Hyper-arousal · fight or flight"));
            }
            if (level == ArousalState.WINDOW_HIGH) {
                getChildren().add(zone("Window of tolerance · calm, present"));
            }
            if (level == ArousalState.WINDOW_LOW - 1) {
                getChildren().add(zone("Hypo-arousal · shut down"));
            }
            getChildren().add(cell(level));
        }
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        value.addListener((obs, old, v) -> refresh());
    }

    private Label zone(String text) {
        var label = new Label(text);
        label.getStyleClass().add("arousal-zone");
        return label;
    }

    private HBox cell(int level) {
        var button = new Button((level > 0 ? "+" : "") + level);
        button.setId("arousal-" + (level < 0 ? "m" + (-level) : String.valueOf(level)));
        button.setFocusTraversable(false);
        button.setMinWidth(52);
        button.setOnAction(e -> {
            value.set(level);
            requestFocus();
        });
        var words = new Label(words(level));
        words.getStyleClass().add("arousal-words");
        var row = new HBox(10, button, words);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setUserData(level);
        row.getStyleClass().addAll("arousal-cell", "arousal-" + ArousalState.ofLevel(level).id());
        HBox.setHgrow(words, Priority.ALWAYS);
        row.setOnMouseClicked(e -> {
            value.set(level);
            requestFocus();
        });
        return row;
    }

    private static String words(int level) {
        return switch (level) {
            case 5 -> "Overwhelmed, can't think";
            case 4 -> "Racing, ready to fight or flee";
            case 3 -> "Heated, on edge";
            case 2 -> "Keyed up, tense";
            case 1 -> "Alert but okay";
            case 0 -> "Calm, present, connected";
            case -1 -> "Quiet, a little low";
            case -2 -> "Flat, pulling back";
            case -3 -> "Heavy, withdrawn";
            case -4 -> "Numb, far away";
            default -> "Shut down, frozen";
        };
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        Integer current = value.get();
        if (code == KeyCode.UP || code == KeyCode.RIGHT) {
            value.set(current == null ? 0 : Math.min(ArousalState.MAX_LEVEL, current + 1));
        } else if (code == KeyCode.DOWN || code == KeyCode.LEFT) {
            value.set(current == null ? 0 : Math.max(ArousalState.MIN_LEVEL, current - 1));
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            minusTyped = true;
        } else if (code.isDigitKey() && digit(code) <= ArousalState.MAX_LEVEL) {
            int level = digit(code);
            value.set(minusTyped ? -level : level);
            minusTyped = false;
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }

    private void refresh() {
        getChildren().forEach(node -> {
            if (node.getUserData() instanceof Integer level) {
                node.pseudoClassStateChanged(SELECTED, level.equals(value.get()));
            }
        });
    }

    public ObjectProperty<Integer> valueProperty() {
        return value;
    }
}
