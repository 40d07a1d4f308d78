package coregulate.app;

/** Name and version, read from the jar manifest when packaged. */
public final class AppInfo {
    public static final String NAME = "Coregulate";
    private static final String DEVELOPMENT_VERSION = "0.1.0";

    private AppInfo() {
    }

    public static String version() {
        String fromManifest = AppInfo.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : DEVELOPMENT_VERSION;
    }
}
