package coregulate.exchange.report;

import coregulate.exchange.report.ReportDocument.Block;
import coregulate.exchange.report.ReportDocument.Chart;
import coregulate.exchange.report.ReportDocument.Heading;
import coregulate.exchange.report.ReportDocument.Kind;
import coregulate.exchange.report.ReportDocument.Paragraph;
import coregulate.exchange.report.ReportDocument.Series;
import coregulate.exchange.report.ReportDocument.Table;
import coregulate.service.insights.Insights;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The report a partner takes to a therapist: summary figures, charts, triggers, time-outs, exercises, notes. */
public final class TherapistReport {
    private TherapistReport() {
    }

    /** @param notes the notes the partner chose to include (may be empty) */
    public static ReportDocument build(Insights in, List<String> notes) {
        var blocks = new ArrayList<Block>();
        blocks.add(new Heading("Summary"));
        blocks.add(new Paragraph(in.summary()));
        blocks.add(new Table(List.of("Figure", "Value"), List.of(
                List.of("Check-ins", String.valueOf(in.checkIns())),
                List.of("Inside the window of tolerance", Math.round(in.insideWindowShare() * 100) + "%"),
                List.of("Time-outs", String.valueOf(in.timeOuts())),
                List.of("Time-outs that came back together", Math.round(in.reconvenedShare() * 100) + "%"))));
        if (!in.arousalByDay().isEmpty()) {
            var points = in.arousalByDay().stream()
                    .map(d -> new double[] {ChronoUnit.DAYS.between(in.from(), d.day()), d.averageArousal()}).toList();
            blocks.add(new Chart("Arousal over time (daily average; band = window of tolerance)", "day", "arousal",
                    Kind.LINE, List.of(new Series("arousal", points)), List.of(in.from().toString(),
                    in.toInclusive().toString()), -1.0, 1.0, -5.0, 5.0));
        }
        if (!in.windowShareByWeek().isEmpty()) {
            var points = in.windowShareByWeek().stream()
                    .map(w -> new double[] {ChronoUnit.DAYS.between(in.from(), w.weekStart()) / 7.0, w.share() * 100}).toList();
            blocks.add(new Chart("Check-ins inside the window, per week (%)", "week", "%", Kind.BAR,
                    List.of(new Series("inside the window", points)), List.of(), null, null, 0.0, 100.0));
        }
        blocks.add(new Heading("Triggers"));
        if (in.topCategories().isEmpty()) {
            blocks.add(new Paragraph("No triggers logged in this range."));
        } else {
            blocks.add(new Table(List.of("Category", "Times"), in.topCategories().stream()
                    .map(c -> List.of(c.label(), String.valueOf(c.count()))).toList()));
            String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
            var row = new ArrayList<String>();
            for (int i = 0; i < 7; i++) {
                row.add(names[i] + " " + in.triggersByWeekday()[i]);
            }
            blocks.add(new Paragraph("By day of the week: " + String.join(", ", row) + "."));
        }
        blocks.add(new Heading("Time-outs"));
        blocks.add(new Paragraph(in.timeOuts() == 0 ? "No time-outs in this range."
                : in.timeOuts() + " time-outs; " + Math.round(in.reconvenedShare() * 100)
                + "% ended with coming back together."));
        blocks.add(new Heading("Exercises"));
        if (in.exercises().isEmpty()) {
            blocks.add(new Paragraph("No rated exercise sessions in this range."));
        } else {
            blocks.add(new Table(List.of("Exercise", "Rated sessions", "Steps closer to calm"), in.exercises().stream()
                    .map(e -> List.of(e.name(), String.valueOf(e.rated()), String.format("%.1f", e.calmerBy()))).toList()));
        }
        if (!notes.isEmpty()) {
            blocks.add(new Heading("Notes chosen for this report"));
            notes.forEach(n -> blocks.add(new Paragraph(n)));
        }
        blocks.add(new Paragraph("Made with Coregulate, a wellbeing companion; not a diagnosis and not a medical record."));
        return new ReportDocument("Coregulate report: " + in.subject(), in.from() + " to " + in.toInclusive(), blocks);
    }
}
