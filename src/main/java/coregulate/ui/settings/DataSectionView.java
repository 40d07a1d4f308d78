package coregulate.ui.settings;

import coregulate.exchange.BackupService;
import coregulate.exchange.CsvExporter;
import coregulate.exchange.JsonExporter;
import coregulate.exchange.JsonImporter;
import coregulate.ui.AppContext;
import coregulate.ui.common.UiTasks;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Settings section: your data is yours. Export, import, back up and restore. */
public final class DataSectionView extends VBox {
    private final AppContext ctx;
    private final Label result = new Label();
    private final ComboBox<Path> backups = new ComboBox<>();

    public DataSectionView(AppContext ctx, Function<Boolean, Path> chooseFile) {
        super(8);
        this.ctx = ctx;
        var title = new Label("Your data");
        title.getStyleClass().add("title-3");
        var intro = new Label("Everything stays on this computer in " + ctx.dataDir() + ". A backup is made each day "
                + "you open Coregulate; the last " + BackupService.KEEP + " are kept.");
        intro.setWrapText(true);
        var backupService = new BackupService(ctx.database(), ctx.dataDir(), ctx.clock());
        var exportJson = new Button("Export everything I may see (JSON)…");
        exportJson.setId("data-export-json");
        exportJson.setOnAction(e -> run(chooseFile.apply(true), file -> "Exported " + new JsonExporter(ctx.database(),
                ctx.clock()).exportTo(file, ctx.state().currentPartner().id()) + " records to " + file.getFileName() + "."));
        var exportCsv = new Button("Export check-ins (CSV)…");
        exportCsv.setId("data-export-csv");
        exportCsv.setOnAction(e -> run(chooseFile.apply(true), file -> "Exported " + new CsvExporter(ctx.database())
                .exportTo(file, ctx.state().currentPartner().id()) + " check-ins to " + file.getFileName() + "."));
        var importJson = new Button("Import an export…");
        importJson.setId("data-import");
        importJson.setOnAction(e -> run(chooseFile.apply(false), file -> "Imported: "
                + new JsonImporter(ctx.database()).importFrom(file).describe() + "."));
        var backupNow = new Button("Back up now");
        backupNow.setId("data-backup-now");
        backupNow.setOnAction(e -> run(ctx.dataDir(), dir -> "Backed up to " + backupService.backupNow().getFileName() + "."));
        backups.setId("data-backups");
        backups.setPromptText("Choose a backup");
        var restore = new Button("Restore from this backup");
        restore.setId("data-restore");
        restore.disableProperty().bind(backups.valueProperty().isNull());
        restore.setOnAction(e -> run(backups.getValue(), file -> {
            backupService.scheduleRestore(file);
            return "Close and reopen Coregulate to finish restoring " + file.getFileName()
                    + ". What you have now is kept beside it, in case you change your mind.";
        }));
        result.setId("data-result");
        result.setWrapText(true);
        getChildren().addAll(title, intro, new FlowPane(8, 8, exportJson, exportCsv, importJson),
                new HBox(8, backupNow, backups, restore), result);
        refreshBackups(backupService);
    }

    private void refreshBackups(BackupService service) {
        ctx.tasks().run(service::backups, list -> backups.getItems().setAll(list), e -> result.setText(UiTasks.message(e)));
    }

    private void run(Path file, UiTasks.BackgroundFunction<Path, String> work) {
        if (file == null) {
            return;
        }
        ctx.tasks().run(() -> work.apply(file), text -> {
            result.setText(text);
            ctx.state().dataChanged();
            refreshBackups(new BackupService(ctx.database(), ctx.dataDir(), ctx.clock()));
        }, e -> result.setText(UiTasks.message(e)));
    }

    /** A file chooser for saving (true) or opening (false) JSON or CSV files. */
    public static Function<Boolean, Path> fileChooser(javafx.stage.Window owner) {
        return save -> {
            var chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Coregulate export", "*.json"),
                    new FileChooser.ExtensionFilter("CSV", "*.csv"));
            var file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
            return file == null ? null : file.toPath();
        };
    }
}
