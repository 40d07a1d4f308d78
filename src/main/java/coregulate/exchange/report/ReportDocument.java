package coregulate.exchange.report;

import java.util.List;

/** What a report says, independent of how it is laid out: headings, text, tables and charts, in order. */
public record ReportDocument(String title, String subtitle, List<Block> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** One piece of a report. */
    public sealed interface Block permits Heading, Paragraph, Table, Chart {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A chart of one or more series over x values (for example days since the range began). A band, when
     * given, is shaded behind the data, such as the window of tolerance between -1 and +1.
     */
    public record Chart(String title, String xLabel, String yLabel, Kind kind, List<Series> series,
                        List<String> xTickLabels, Double bandLow, Double bandHigh, Double yMin, Double yMax)
            implements Block {
        public Chart {
            series = List.copyOf(series);
            xTickLabels = List.copyOf(xTickLabels);
        }
    }

    public enum Kind { LINE, BAR }

    public record Series(String name, List<double[]> points) {
        public Series {
            points = List.copyOf(points);
        }
    }
}
