package coregulate.ui.insights;

import coregulate.service.SessionService;
import coregulate.service.checkin.CheckInService;
import coregulate.service.insights.InsightsService;
import coregulate.service.insights.Victories;
import coregulate.service.timeout.TimeOutService;
import coregulate.ui.AppContext;
import coregulate.ui.Feature;
import coregulate.ui.shell.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Insights area, and the small victories on Today. */
public final class InsightsFeature implements Feature {
    private final AppContext ctx;
    private final InsightsViewModel vm;
    private final CheckInService checkIns;
    private final SessionService sessions;
    private final TimeOutService timeOuts;
    private final ObservableList<String> victories = FXCollections.observableArrayList();
    private final Supplier<Path> chooseReportFile;
    private Node view;

    public InsightsFeature(AppContext ctx, InsightsService insights, CheckInService checkIns, SessionService sessions,
                           TimeOutService timeOuts, Supplier<Path> chooseReportFile) {
        this.ctx = ctx;
        this.checkIns = checkIns;
        this.sessions = sessions;
        this.timeOuts = timeOuts;
        this.chooseReportFile = chooseReportFile;
        this.vm = new InsightsViewModel(ctx.state(), insights, ctx.tasks(), ctx.clock());
        ctx.state().dataVersionProperty().addListener((o, a, b) -> reloadVictories());
        ctx.state().currentPartnerProperty().addListener((o, a, b) -> reloadVictories());
    }

    /** The file chooser a person sees; tests pass their own supplier instead. */
    public static Supplier<Path> fileChooser(AppContext ctx, javafx.stage.Window owner) {
        return () -> {
            var chooser = new FileChooser();
            chooser.setTitle("Save the report");
            chooser.setInitialFileName("coregulate-report.pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            var file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        };
    }

    @Override
    public Page page() {
        return Page.INSIGHTS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new InsightsView(vm, chooseReportFile);
            vm.reload();
        }
        return view;
    }

    private void reloadVictories() {
        var partner = ctx.state().currentPartner();
        if (partner == null) {
            return;
        }
        var zone = ctx.clock().getZone();
        var today = LocalDate.now(ctx.clock());
        var from = today.minusDays(60).atStartOfDay(zone).toInstant();
        var to = today.plusDays(1).atStartOfDay(zone).toInstant();
        ctx.tasks().run(() -> Victories.find(checkIns.points(partner.id(), partner.id(), false, from, to),
                sessions.ratings(partner.id()), timeOuts.promisesKept(), today, zone),
                (List<String> found) -> victories.setAll(found), ctx.state()::reportProblem);
    }

    @Override
    public List<Node> todayCards() {
        var title = new Label("Small victories");
        title.getStyleClass().add("title-4");
        var text = new Label();
        text.setId("today-victories");
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> victories.isEmpty()
                ? "Every check-in and every pause you take counts. Your victories will show up here."
                : "• " + String.join("\n• ", victories), victories));
        var card = new VBox(8, title, text);
        card.getStyleClass().add("card");
        reloadVictories();
        return List.of(card);
    }
}
