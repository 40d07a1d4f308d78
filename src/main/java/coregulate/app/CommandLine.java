package coregulate.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed command line. Unknown options are an error, so that a typo never silently opens the app. */
public record CommandLine(boolean help, boolean version, Optional<Path> dataDir, Optional<Path> exportJson,
                          Optional<Path> exportCsv, Optional<Path> importJson, boolean demo,
                          boolean printStartupMs, boolean exitAfterStartup, Optional<String> partner, List<String> errors) {

    public static final String USAGE = """
            Usage: coregulate [options]

            Coregulate helps a couple notice when their nervous systems are dysregulated, pause before a talk
            becomes a fight, and calm down together. It is a wellbeing companion, not therapy or a medical device.

            Options:
              --data-dir DIR       keep data in DIR instead of the usual place
                                   (the COREGULATE_DATA_DIR environment variable does the same)
              --export FILE        write everything to FILE as JSON and exit, without opening a window
              --export-csv FILE    write the check-ins to FILE as CSV and exit
              --import FILE        read a Coregulate JSON export into the store and exit
              --partner NAME       whose view to export (default: the first partner)
              --demo               open a sample couple in a separate demo data folder
              --print-startup-ms   print how long start-up took, in milliseconds
              --exit-after-startup close again as soon as Today shows (for start-up benchmarks)
              --help               show this help and exit
              --version            show the version and exit
            """;

    public static CommandLine parse(String... args) {
        boolean help = false;
        boolean version = false;
        boolean demo = false;
        boolean startup = false;
        boolean exitAfterStartup = false;
        Path dataDir = null;
        Path export = null;
        Path exportCsv = null;
        Path importFile = null;
        String partner = null;
        var errors = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                inlineValue = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            switch (arg) {
                case "--help", "-h" -> help = true;
                case "--version", "-V" -> version = true;
                case "--demo" -> demo = true;
                case "--print-startup-ms" -> startup = true;
                case "--exit-after-startup" -> exitAfterStartup = true;
                case "--data-dir", "--export", "--export-csv", "--import", "--partner" -> {
                    String value = inlineValue;
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                            errors.add(arg + " needs a value, for example " + arg + " /path/to/file");
                            continue;
                        }
                        value = args[++i];
                    }
                    if (value.isBlank()) {
                        errors.add(arg + " needs a value that is not empty.");
                        continue;
                    }
                    if (arg.equals("--partner")) {
                        partner = value;
                        continue;
                    }
                    Path path = Path.of(value);
                    switch (arg) {
                        case "--data-dir" -> dataDir = path;
                        case "--export" -> export = path;
                        case "--export-csv" -> exportCsv = path;
                        default -> importFile = path;
                    }
                }
                default -> {
                    if (!arg.isBlank()) {
                        errors.add("Unknown option: " + args[i]);
                    }
                }
            }
        }
        return new CommandLine(help, version, Optional.ofNullable(dataDir), Optional.ofNullable(export),
                Optional.ofNullable(exportCsv), Optional.ofNullable(importFile), demo, startup, exitAfterStartup,
                Optional.ofNullable(partner), List.copyOf(errors));
    }

    /** Whether this run works on files and exits without opening a window. */
    public boolean headlessTask() {
        return exportJson.isPresent() || exportCsv.isPresent() || importJson.isPresent();
    }
}
