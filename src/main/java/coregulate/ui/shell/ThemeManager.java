package coregulate.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/** Applies the light or dark AtlantaFX theme and marks the scene root so our own CSS can follow. */
public final class ThemeManager {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    public static final String APP_CSS = "/coregulate/ui/app.css";

    private ThemeManager() {
    }

    public static void apply(Scene scene, boolean dark) {
        useTheme(dark);
        String css = ThemeManager.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().pseudoClassStateChanged(DARK, dark);
    }

    /**
     * Makes the theme JavaFX's user-agent stylesheet. Called before the first control is made, this also
     * spares JavaFX from parsing its own default theme (Modena), which it otherwise loads with the first control.
     */
    public static void useTheme(boolean dark) {
        String sheet = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }
}
