package coregulate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.testing.AppHarness;
import coregulate.testing.CoupleSetup;
import coregulate.testing.FakeClock;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class SettingsTest {
    @TempDir
    Path dataDir;

    @Test
    void aPartnerSetsTheirRestingPulseAndItIsKept() throws Exception {
        var clock = new FakeClock();
        CoupleSetup.anaAndSam(dataDir, clock);
        var robot = new FxRobot();
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            robot.clickOn("#nav-settings");
            robot.clickOn("#settings-resting-pulse").write("fast");
            assertTrue(robot.lookup("#settings-save-details").queryButton().isDisabled());
            assertTrue(robot.lookup("Please enter the resting pulse as a whole number of beats a minute.").tryQuery().isPresent());
            var pulseField = robot.lookup("#settings-resting-pulse").queryAs(TextField.class);
            robot.interact(pulseField::clear);
            robot.clickOn("#settings-resting-pulse").write("62");
            robot.clickOn("#settings-save-details");
            harness.settle();
            assertEquals("Saved.", robot.lookup("#settings-details-result").queryAs(Label.class).getText());
            assertEquals(62, harness.app().state().currentPartner().restingPulse());
        }
        try (var harness = new AppHarness(dataDir, clock)) {
            harness.start();
            assertEquals(62, harness.app().state().currentPartner().restingPulse());
        }
    }
}
