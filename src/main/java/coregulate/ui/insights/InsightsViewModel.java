package coregulate.ui.insights;

import coregulate.domain.Partner;
import coregulate.exchange.AtomicFile;
import coregulate.exchange.report.PdfReportWriter;
import coregulate.exchange.report.TherapistReport;
import coregulate.service.insights.Insights;
import coregulate.service.insights.InsightsService;
import coregulate.ui.AppState;
import coregulate.ui.common.UiTasks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Insights for the current partner or the couple, over a chosen range; and the therapist report. */
public final class InsightsViewModel {
    /** The ranges a person can pick. */
    public enum Range {
        WEEK("Last 7 days", 7), MONTH("Last 30 days", 30), QUARTER("Last 90 days", 90), YEAR("Last year", 365),
        ALL("Everything", 365 * 50), CUSTOM("Custom…", 0);

        private final String label;
        private final int days;

        Range(String label, int days) {
            this.label = label;
            this.days = days;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final AppState state;
    private final InsightsService service;
    private final UiTasks tasks;
    private final Clock clock;

    // Properties
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.MONTH);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final BooleanProperty couple = new SimpleBooleanProperty(false);
    private final BooleanProperty includeNotes = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Insights> insights = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public InsightsViewModel(AppState state, InsightsService service, UiTasks tasks, Clock clock) {
        this.state = state;
        this.service = service;
        this.tasks = tasks;
        this.clock = clock;
        range.addListener((o, a, b) -> reload());
        customFrom.addListener((o, a, b) -> reload());
        customTo.addListener((o, a, b) -> reload());
        couple.addListener((o, a, b) -> reload());
        state.currentPartnerProperty().addListener((o, a, b) -> reload());
        state.dataVersionProperty().addListener((o, a, b) -> reload());
    }

    public ObjectProperty<Range> rangeProperty() { return range; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    public BooleanProperty coupleProperty() { return couple; }
    public BooleanProperty includeNotesProperty() { return includeNotes; }
    public ReadOnlyObjectProperty<Insights> insightsProperty() { return insights.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    private LocalDate[] dates() {
        var today = LocalDate.now(clock);
        if (range.get() == Range.CUSTOM) {
            var from = customFrom.get() != null ? customFrom.get() : today.minusDays(29);
            var to = customTo.get() != null ? customTo.get() : today;
            return from.isAfter(to) ? null : new LocalDate[] {from, to};
        }
        return new LocalDate[] {today.minusDays(range.get().days - 1L), today};
    }

    // Commands

    public void reload() {
        if (state.currentPartner() == null) {
            return;
        }
        var dates = dates();
        if (dates == null) {
            message.set("The start date is after the end date; please swap them.");
            return;
        }
        var viewer = state.currentPartner().id();
        var couple = state.coupleProperty().get();
        Optional<Partner> subject = this.couple.get() ? Optional.empty() : Optional.of(state.currentPartner());
        tasks.run(() -> service.compute(couple, viewer, subject, dates[0], dates[1]), result -> {
            insights.set(result);
            message.set(result.checkIns() == 0 && result.timeOuts() == 0
                    ? "Nothing recorded in this range yet. Insights grow with every check-in." : "");
        }, e -> message.set(UiTasks.message(e)));
    }

    /** Writes the therapist report as a PDF; written to a temporary file first, so a failure leaves no half file. */
    public void exportReport(Path file) {
        var current = insights.get();
        if (current == null) {
            return;
        }
        boolean notes = includeNotes.get() && !couple.get();
        tasks.run(() -> {
            writeReport(current, notes ? current.notes() : List.of(), file);
            return file;
        }, saved -> message.set("Report saved to " + saved.getFileName() + "."),
                e -> message.set("The report could not be saved: " + UiTasks.message(e)));
    }

    public static void writeReport(Insights insights, List<String> notes, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            new PdfReportWriter().write(TherapistReport.build(insights, notes), out);
            return null;
        });
    }
}
