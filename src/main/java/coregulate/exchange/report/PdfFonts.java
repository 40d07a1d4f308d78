package coregulate.exchange.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report's fonts: a Unicode TrueType font from the system when there is one (so names and notes in any
 * script print as written), else the PDF standard Helvetica, with characters it cannot show replaced.
 */
final class PdfFonts {
    private static final List<String> REGULAR = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf",
            "C:\\Windows\\Fonts\\arial.ttf");
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
            "C:\\Windows\\Fonts\\arialbd.ttf");

    final PDFont regular;
    final PDFont bold;

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument doc) {
        PDFont regular = loadFirst(doc, REGULAR);
        PDFont bold = loadFirst(doc, BOLD);
        return new PdfFonts(regular != null ? regular : new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                bold != null ? bold : new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    private static PDFont loadFirst(PDDocument doc, List<String> candidates) {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isRegularFile(path)) {
                try {
                    return PDType0Font.load(doc, path.toFile());
                } catch (IOException | RuntimeException e) {
                    // A damaged or unsupported font file: try the next one.
                }
            }
        }
        return null;
    }

    /** Keeps what the font can draw; anything else becomes "?" rather than failing the whole report. */
    static String printable(PDFont font, String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp == '\t' ? ' ' : cp));
            if (cp == '\n' || cp == '\r') {
                out.append(' ');
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
