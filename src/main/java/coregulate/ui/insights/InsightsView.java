package coregulate.ui.insights;

import coregulate.service.insights.Insights;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Charts with titles, axis labels and a text summary that a screen reader can read. */
public final class InsightsView extends ScrollPane {
    private final InsightsViewModel vm;
    private final Supplier<Path> chooseReportFile;
    private final LineChart<Number, Number> arousal = new LineChart<>(axis("day in range"), axis("arousal (-5 to +5)"));
    private final BarChart<String, Number> window = new BarChart<>(category("week starting"), axis("% inside the window"));
    private final BarChart<String, Number> categories = new BarChart<>(category("category"), axis("times"));
    private final BarChart<String, Number> weekdays = new BarChart<>(category("day of the week"), axis("triggers"));
    private final BarChart<String, Number> timeOuts = new BarChart<>(category("week starting"), axis("time-outs"));
    private final BarChart<String, Number> exercises = new BarChart<>(category("exercise"), axis("steps closer to calm"));
    private final ScatterChart<Number, Number> sleep = new ScatterChart<>(axis("hours slept"), axis("arousal"));
    private final Label summary = new Label();

    public InsightsView(InsightsViewModel vm, Supplier<Path> chooseReportFile) {
        this.vm = vm;
        this.chooseReportFile = chooseReportFile;
        createView();
        vm.insightsProperty().addListener((obs, old, in) -> show(in));
    }

    private static NumberAxis axis(String label) {
        var a = new NumberAxis();
        a.setLabel(label);
        // Counts and shares start at zero so small numbers are not blown up; arousal and sleep keep their range.
        a.setForceZeroInRange(!label.startsWith("arousal") && !label.startsWith("hours") && !label.startsWith("day"));
        return a;
    }

    private static CategoryAxis category(String label) {
        var a = new CategoryAxis();
        a.setLabel(label);
        return a;
    }

    private void createView() {
        var title = new Label("Insights");
        title.getStyleClass().add("title-2");
        var range = new ComboBox<InsightsViewModel.Range>();
        range.setId("insights-range");
        range.getItems().setAll(InsightsViewModel.Range.values());
        range.valueProperty().bindBidirectional(vm.rangeProperty());
        var from = new DatePicker();
        from.setId("insights-from");
        from.valueProperty().bindBidirectional(vm.customFromProperty());
        var to = new DatePicker();
        to.setId("insights-to");
        to.valueProperty().bindBidirectional(vm.customToProperty());
        var custom = vm.rangeProperty().isEqualTo(InsightsViewModel.Range.CUSTOM);
        from.visibleProperty().bind(custom);
        to.visibleProperty().bind(custom);
        var couple = new CheckBox("Both of us (shared entries only)");
        couple.setId("insights-couple");
        couple.selectedProperty().bindBidirectional(vm.coupleProperty());
        var notes = new CheckBox("Include my notes in the report");
        notes.setId("insights-include-notes");
        notes.selectedProperty().bindBidirectional(vm.includeNotesProperty());
        var report = new Button("Save a report for my therapist (PDF)…");
        report.setId("insights-report");
        report.setOnAction(e -> {
            var file = chooseReportFile.get();
            if (file != null) {
                vm.exportReport(file);
            }
        });
        var message = new Label();
        message.setId("insights-message");
        message.textProperty().bind(vm.messageProperty());
        summary.setId("insights-summary");
        summary.setWrapText(true);
        arousal.setId("chart-arousal");
        arousal.setTitle("Arousal over time, with the window of tolerance");
        arousal.setCreateSymbols(false);
        window.setId("chart-window");
        window.setTitle("Check-ins inside the window, per week");
        categories.setId("chart-categories");
        categories.setTitle("Most frequent trigger categories");
        weekdays.setId("chart-weekdays");
        weekdays.setTitle("When in the week triggers happen");
        timeOuts.setId("chart-time-outs");
        timeOuts.setTitle("Time-outs per week, and how many came back together");
        exercises.setId("chart-exercises");
        exercises.setTitle("Which exercises helped most");
        sleep.setId("chart-sleep");
        sleep.setTitle("Sleep and arousal");
        for (var chart : new javafx.scene.chart.Chart[] {arousal, window, categories, weekdays, timeOuts, exercises, sleep}) {
            chart.setPrefSize(440, 280);
            chart.setAnimated(false);
        }
        var charts = new FlowPane(16, 16, arousal, window, categories, weekdays, timeOuts, exercises, sleep);
        var controls = new HBox(8, range, from, to, couple);
        var box = new VBox(12, title, controls, new HBox(8, report, notes), message, summary, charts);
        box.setPadding(new Insets(24));
        setContent(box);
        setFitToWidth(true);
    }

    private void show(Insights in) {
        summary.setText(in.summary());
        summary.setAccessibleText(in.summary());
        var line = new XYChart.Series<Number, Number>();
        line.setName("daily average");
        var days = in.arousalByDay();
        int step = Math.max(1, days.size() / 400);
        for (int i = 0; i < days.size(); i += step) {
            var d = days.get(i);
            line.getData().add(new XYChart.Data<>(ChronoUnit.DAYS.between(in.from(), d.day()), d.averageArousal()));
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(in.from(), in.toInclusive()));
        arousal.getData().setAll(java.util.List.of(line, edge("window top", 1, span), edge("window bottom", -1, span)));
        arousal.setAccessibleText("Arousal over time. " + in.summary());

        var share = new XYChart.Series<String, Number>();
        share.setName("% inside the window");
        in.windowShareByWeek().stream().skip(Math.max(0, in.windowShareByWeek().size() - 26))
                .forEach(w -> share.getData().add(new XYChart.Data<>(w.weekStart().toString(), Math.round(w.share() * 100))));
        window.getData().setAll(java.util.List.of(share));

        var cats = new XYChart.Series<String, Number>();
        cats.setName("triggers");
        in.topCategories().forEach(c -> cats.getData().add(new XYChart.Data<>(c.label(), c.count())));
        categories.getData().setAll(java.util.List.of(cats));

        var byWeekday = new XYChart.Series<String, Number>();
        byWeekday.setName("triggers");
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        for (int i = 0; i < 7; i++) {
            byWeekday.getData().add(new XYChart.Data<>(names[i], in.triggersByWeekday()[i]));
        }
        weekdays.getData().setAll(java.util.List.of(byWeekday));

        var called = new XYChart.Series<String, Number>();
        called.setName("called");
        var back = new XYChart.Series<String, Number>();
        back.setName("came back together");
        in.timeOutsByWeek().stream().skip(Math.max(0, in.timeOutsByWeek().size() - 26)).forEach(w -> {
            called.getData().add(new XYChart.Data<>(w.weekStart().toString(), w.called()));
            back.getData().add(new XYChart.Data<>(w.weekStart().toString(), w.reconvened()));
        });
        timeOuts.getData().setAll(java.util.List.of(called, back));

        var ex = new XYChart.Series<String, Number>();
        ex.setName("steps closer to calm");
        in.exercises().stream().limit(8).forEach(e -> ex.getData().add(new XYChart.Data<>(e.name(), e.calmerBy())));
        exercises.getData().setAll(java.util.List.of(ex));

        var points = new XYChart.Series<Number, Number>();
        points.setName("check-ins with sleep recorded");
        in.sleepVsArousal().stream().limit(1000).forEach(p -> points.getData().add(new XYChart.Data<>(p.x(), p.y())));
        sleep.getData().setAll(java.util.List.of(points));
    }

    private static XYChart.Series<Number, Number> edge(String name, double level, long span) {
        var s = new XYChart.Series<Number, Number>();
        s.setName(name);
        s.getData().add(new XYChart.Data<>(0, level));
        s.getData().add(new XYChart.Data<>(span, level));
        return s;
    }
}
