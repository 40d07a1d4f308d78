package coregulate.exchange.report;

import coregulate.exchange.report.ReportDocument.Block;
import coregulate.exchange.report.ReportDocument.Chart;
import coregulate.exchange.report.ReportDocument.Heading;
import coregulate.exchange.report.ReportDocument.Paragraph;
import coregulate.exchange.report.ReportDocument.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Lays a {@link ReportDocument} out on A4 pages with PDFBox: a file a therapist can open anywhere. */
public final class PdfReportWriter {
    private static final float MARGIN = 50;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 14;

    public void write(ReportDocument report, OutputStream out) throws IOException {
        try (var doc = new PDDocument()) {
            var info = new PDDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("Coregulate");
            doc.setDocumentInformation(info);
            new Layout(doc, PdfFonts.load(doc)).render(report);
            doc.save(out);
        }
    }

    /** Tracks the current page and the pen's height while blocks are placed one under another. */
    private static final class Layout {
        private final PDDocument doc;
        private final PdfFonts fonts;
        private PDPageContentStream content;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Layout(PDDocument doc, PdfFonts fonts) {
            this.doc = doc;
            this.fonts = fonts;
        }

        void render(ReportDocument report) throws IOException {
            newPage();
            text(fonts.bold, 18, report.title());
            y -= 6;
            for (String line : wrap(fonts.regular, BODY_SIZE, report.subtitle())) {
                text(fonts.regular, BODY_SIZE, line);
            }
            y -= 10;
            for (Block block : report.blocks()) {
                place(block);
            }
            content.close();
        }

        private void place(Block block) throws IOException {
            if (block instanceof Heading h) {
                ensure(40);
                y -= 8;
                text(fonts.bold, 13, h.text());
                y -= 2;
            } else if (block instanceof Paragraph p) {
                for (String line : wrap(fonts.regular, BODY_SIZE, p.text())) {
                    ensure(LEADING);
                    text(fonts.regular, BODY_SIZE, line);
                }
                y -= 4;
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Chart c) {
                chart(c);
            }
        }

        private void table(Table t) throws IOException {
            int cols = Math.max(1, t.headers().size());
            float colWidth = width / cols;
            ensure(LEADING * 2);
            row(fonts.bold, t.headers(), colWidth);
            for (List<String> r : t.rows()) {
                ensure(LEADING);
                row(fonts.regular, r, colWidth);
            }
            y -= 6;
        }

        private void row(PDFont font, List<String> cells, float colWidth) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                String cell = truncate(font, BODY_SIZE, cells.get(i), colWidth - 6);
                textAt(font, BODY_SIZE, MARGIN + i * colWidth, y - LEADING, cell);
            }
            y -= LEADING;
        }

        private void chart(Chart c) throws IOException {
            float h = 220;
            ensure(h + 10);
            var image = ChartRenderer.render(c, 760, 340);
            var pdImage = LosslessFactory.createFromImage(doc, image);
            content.drawImage(pdImage, MARGIN, y - h, width, h);
            y -= h + 10;
        }

        private void ensure(float needed) throws IOException {
            if (y - needed < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void text(PDFont font, float size, String line) throws IOException {
            textAt(font, size, MARGIN, y - size - 4, line);
            y -= size + 6;
        }

        private void textAt(PDFont font, float size, float x, float baseline, String line) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(PdfFonts.printable(font, line));
            content.endText();
        }

        private List<String> wrap(PDFont font, float size, String text) throws IOException {
            var lines = new ArrayList<String>();
            for (String paragraph : text.split("\n")) {
                var line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (widthOf(font, size, candidate) > width && !line.isEmpty()) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private String truncate(PDFont font, float size, String text, float max) throws IOException {
            String t = text == null ? "" : text;
            if (widthOf(font, size, t) <= max) {
                return t;
            }
            while (!t.isEmpty() && widthOf(font, size, t + "…") > max) {
                t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
            }
            return t + "…";
        }

        private static float widthOf(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(PdfFonts.printable(font, text)) / 1000 * size;
        }
    }
}
