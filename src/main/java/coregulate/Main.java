package coregulate;

import coregulate.app.AppInfo;
import coregulate.app.CommandLine;
import javafx.application.Application;

/**
 * The launcher. It does not extend Application, so the app also starts from a plain classpath, and
 * --help and --version answer without opening a window.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        var cli = CommandLine.parse(args);
        if (!cli.errors().isEmpty()) {
            cli.errors().forEach(e -> System.err.println("coregulate: " + e));
            System.err.println("Run with --help to see the options.");
            System.exit(2);
        }
        if (cli.help()) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        if (cli.version()) {
            System.out.println(AppInfo.NAME + " " + AppInfo.version());
            return;
        }
        Application.launch(CoregulateApp.class, args);
    }
}
