package coregulate.ui.shell;

/** The areas of the app, in the order the sidebar shows them. */
public enum Page {
    TODAY("Today"),
    CHECK_IN("Check-in"),
    TRIGGERS("Triggers"),
    TIME_OUT("Time-out"),
    EXERCISES("Exercises"),
    INSIGHTS("Insights"),
    SETTINGS("Settings");

    private final String title;

    Page(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
