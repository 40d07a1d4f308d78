package coregulate.ui.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.testing.AppHarness;
import coregulate.testing.FakeClock;
import coregulate.testing.Scrolling;
import coregulate.testing.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class InsightsFlowTest {
    @TempDir
    Path dir;

    @Test
    void theSampleCoupleShowsChartsVictoriesAndAReport() throws Exception {
        var robot = new FxRobot();
        var dataDir = dir.resolve("coregulate");
        var report = dir.resolve("report.pdf");
        try (var harness = new AppHarness(dataDir, new FakeClock()).withReportFile(report)) {
            harness.start();
            Scrolling.clickOn(robot, "#welcome-explore");
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> harness.app().stage().getTitle().contains("Maya"));
            harness.settle();
            assertTrue(Files.exists(dir.resolve("coregulate-demo").resolve("coregulate.db")), "a separate demo folder");
            assertTrue(harness.app().stage().getTitle().contains("Maya & Jonas"));
            String victories = robot.lookup("#today-victories").queryAs(Label.class).getText();
            assertTrue(victories.startsWith("•"), victories);
            Snapshots.save(harness.app().stage().getScene(), "today-demo");

            robot.clickOn("#nav-insights");
            harness.settle();
            String summary = robot.lookup("#insights-summary").queryAs(Label.class).getText();
            assertTrue(summary.startsWith("Maya, "), summary);
            assertTrue(summary.contains("% inside the window of tolerance"), summary);
            @SuppressWarnings("unchecked")
            LineChart<Number, Number> arousal = robot.lookup("#chart-arousal").queryAs(LineChart.class);
            assertTrue(arousal.getData().get(0).getData().size() >= 25, "about a month of daily points");
            Snapshots.save(harness.app().stage().getScene(), "insights-demo");

            Scrolling.clickOn(robot, "#insights-couple");
            harness.settle();
            assertTrue(robot.lookup("#insights-summary").queryAs(Label.class).getText().startsWith("Maya & Jonas"));
            Scrolling.clickOn(robot, "#insights-report");
            harness.settle();
            assertTrue(Files.size(report) > 1000);
            try (var pdf = Loader.loadPDF(report.toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Check-ins"), text);
                assertTrue(text.contains("Maya & Jonas"));
            }
            assertFalse(robot.lookup("#insights-message").queryAs(Label.class).getText().contains("could not"));
        }
    }
}
