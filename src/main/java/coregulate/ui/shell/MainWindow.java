package coregulate.ui.shell;

import coregulate.domain.Partner;
import coregulate.ui.AppState;
import coregulate.ui.Feature;
import coregulate.ui.Features;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's frame: who is using it now (switchable in one click), the areas, the two always-there actions
 * (time-out and breathe now) with their shortcuts, the theme switch and the not-a-medical-device line.
 */
public final class MainWindow extends BorderPane {
    public static final KeyCombination TIME_OUT_SHORTCUT = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination BREATHE_SHORTCUT = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);

    private final AppState state;
    private final Navigator navigator;
    private final Features features;
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final ToggleGroup partnerGroup = new ToggleGroup();

    public MainWindow(AppState state, Navigator navigator, Features features) {
        this.state = state;
        this.navigator = navigator;
        this.features = features;
        createView();
        bind();
    }

    private void createView() {
        setId("main-window");
        setTop(header());
        setLeft(sidebar());
        setBottom(footer());
        showPage(navigator.currentProperty().get());
    }

    private HBox header() {
        var using = new Label("Using now:");
        var partners = new HBox(4);
        partners.setId("partner-switch");
        for (Partner p : state.coupleProperty().get().partners()) {
            var button = new ToggleButton(p.name());
            button.setId("partner-" + p.position());
            button.setUserData(p.id());
            button.setToggleGroup(partnerGroup);
            button.setTooltip(new Tooltip("Switch to " + p.name() + " (Ctrl+" + p.position() + ")"));
            button.setSelected(p.id().equals(state.currentPartner().id()));
            partners.getChildren().add(button);
        }
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var breathe = new Button("Breathe now  (Ctrl+B)");
        breathe.setId("breathe-now");
        breathe.setOnAction(e -> features.breatheNow().run());
        var timeOut = new Button("Time-out  (Ctrl+T)");
        timeOut.setId("call-time-out");
        timeOut.getStyleClass().add("accent");
        timeOut.setOnAction(e -> features.callTimeOut().run());
        var theme = new ToggleButton();
        theme.setId("theme-toggle");
        theme.selectedProperty().bindBidirectional(state.darkThemeProperty());
        theme.textProperty().bind(Bindings.when(state.darkThemeProperty()).then("Light theme").otherwise("Dark theme"));
        var paired = new Label();
        paired.setId("paired-with");
        paired.getStyleClass().add("text-muted");
        paired.textProperty().bind(state.pairedWithProperty());
        paired.visibleProperty().bind(state.pairedWithProperty().isNotEmpty());
        paired.managedProperty().bind(paired.visibleProperty());
        var bar = new HBox(10, using, partners, paired, spacer, breathe, timeOut, theme);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("app-header");
        return bar;
    }

    private VBox sidebar() {
        var group = new ToggleGroup();
        var box = new VBox(4);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("sidebar");
        for (Page page : Page.values()) {
            var button = new ToggleButton(page.title());
            button.setId("nav-" + page.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> {
                navigator.show(page);
                button.setSelected(true);
            });
            navButtons.put(page, button);
            box.getChildren().add(button);
        }
        return box;
    }

    private VBox footer() {
        var status = new Label();
        status.setId("status-message");
        status.getStyleClass().add("field-error");
        status.textProperty().bind(state.statusMessageProperty());
        status.setWrapText(true);
        var disclaimer = new Label("Coregulate is a wellbeing companion, not therapy or a medical device. "
                + "In danger? Call your local emergency number (112 in the EU, 911 in the US, 999 in the UK).");
        disclaimer.getStyleClass().add("disclaimer");
        disclaimer.setWrapText(true);
        var box = new VBox(4, status, disclaimer);
        box.setPadding(new Insets(6, 16, 8, 16));
        return box;
    }

    private void bind() {
        navigator.currentProperty().addListener((obs, old, page) -> showPage(page));
        partnerGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                // Keep one partner always selected: clicking the current one again does not deselect it.
                partnerGroup.selectToggle(old);
            } else {
                state.coupleProperty().get().partner((java.util.UUID) toggle.getUserData())
                        .filter(p -> !p.id().equals(state.currentPartner().id()))
                        .ifPresent(state.currentPartnerProperty()::set);
            }
        });
        state.currentPartnerProperty().addListener((obs, old, p) -> partnerGroup.getToggles().forEach(
                t -> t.setSelected(t.getUserData().equals(p.id()))));
        state.coupleProperty().addListener((obs, old, couple) -> partnerGroup.getToggles().forEach(t -> couple
                .partner((java.util.UUID) t.getUserData()).ifPresent(p -> ((ToggleButton) t).setText(p.name()))));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(TIME_OUT_SHORTCUT, () -> features.callTimeOut().run());
                scene.getAccelerators().put(BREATHE_SHORTCUT, () -> features.breatheNow().run());
                var couple = state.coupleProperty().get();
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                        () -> state.currentPartnerProperty().set(couple.first()));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                        () -> state.currentPartnerProperty().set(couple.second()));
            }
        });
    }

    private void showPage(Page page) {
        Feature feature = features.forPage(page);
        setCenter(feature.view());
        var button = navButtons.get(page);
        if (button != null) {
            button.setSelected(true);
        }
    }
}
