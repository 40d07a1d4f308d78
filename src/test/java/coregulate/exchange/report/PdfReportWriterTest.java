package coregulate.exchange.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coregulate.exchange.report.ReportDocument.Chart;
import coregulate.exchange.report.ReportDocument.Heading;
import coregulate.exchange.report.ReportDocument.Kind;
import coregulate.exchange.report.ReportDocument.Paragraph;
import coregulate.exchange.report.ReportDocument.Series;
import coregulate.exchange.report.ReportDocument.Table;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportWriterTest {
    @Test
    void textTablesAndChartsEndUpInAReadablePdfAcrossPages() throws Exception {
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < 80; i++) {
            rows.add(List.of("Day " + i, String.valueOf(i % 5), "note " + i));
        }
        var points = new ArrayList<double[]>();
        for (int i = 0; i < 30; i++) {
            points.add(new double[] {i, Math.sin(i / 3.0) * 4});
        }
        var report = new ReportDocument("Report for Ana", "1 to 30 November 2026",
                List.of(new Heading("Summary"), new Paragraph("Check-ins: 42. Inside the window: 64 %. "
                                + "Written in Hebrew: שלום and with an emoji 🌊 that may not print."),
                        new Chart("Arousal over time", "day", "arousal", Kind.LINE,
                                List.of(new Series("Ana", points)), List.of("1 Nov", "30 Nov"), -1.0, 1.0, -5.0, 5.0),
                        new Table(List.of("Day", "Arousal", "Note"), rows)));
        var out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 2, "long table flows onto more pages");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Check-ins: 42"), text);
            assertTrue(text.contains("Day 79"), "last table row is there");
            assertEquals("Report for Ana", pdf.getDocumentInformation().getTitle());
        }
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("report-sample.pdf"), out.toByteArray());
    }
}
