package coregulate.app;

import coregulate.exchange.CsvExporter;
import coregulate.exchange.JsonExporter;
import coregulate.exchange.JsonImporter;
import coregulate.storage.couple.CoupleRepository;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/** --export, --export-csv and --import: work on the data folder and exit, without opening a window. */
public final class HeadlessTasks {
    private HeadlessTasks() {
    }

    /** Returns the process exit code: 0 when everything asked for was done. */
    public static int run(CommandLine cli, Path dataDir, Clock clock, PrintStream out, PrintStream err) {
        try (var store = Store.open(dataDir)) {
            var db = store.database();
            if (cli.importJson().isPresent()) {
                var result = new JsonImporter(db).importFrom(cli.importJson().get());
                out.println("Imported " + cli.importJson().get() + ": " + result.describe() + ".");
            }
            if (cli.exportJson().isPresent() || cli.exportCsv().isPresent()) {
                var couple = new CoupleRepository(db).find().orElse(null);
                if (couple == null) {
                    err.println("coregulate: there is nothing to export yet: no couple is set up in " + dataDir + ".");
                    return 1;
                }
                var partner = cli.partner().flatMap(name -> couple.partners().stream()
                        .filter(p -> p.name().equalsIgnoreCase(name)).findFirst());
                if (cli.partner().isPresent() && partner.isEmpty()) {
                    err.println("coregulate: no partner called \"" + cli.partner().get() + "\" in this data folder.");
                    return 2;
                }
                UUID viewer = partner.orElse(couple.first()).id();
                String who = partner.orElse(couple.first()).name();
                if (cli.exportJson().isPresent()) {
                    int rows = new JsonExporter(db, clock).exportTo(cli.exportJson().get(), viewer);
                    out.println("Exported what " + who + " may see (" + rows + " records) to " + cli.exportJson().get() + ".");
                }
                if (cli.exportCsv().isPresent()) {
                    int rows = new CsvExporter(db).exportTo(cli.exportCsv().get(), viewer);
                    out.println("Exported " + rows + " check-ins " + who + " may see to " + cli.exportCsv().get() + ".");
                }
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("coregulate: " + e.getMessage());
            return 1;
        }
    }
}
