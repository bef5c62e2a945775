package dimple.web.container;

/**
 * Settings for the Payara Micro that the container tests share, decided in the test JVM before the first
 * Arquillian class starts it: each becomes a {@code -Dname=value} of the server's JVM (the adapter's
 * {@code payara.cmdOptions}), which Dimple reads like the environment variable of the same name. The build runs
 * the container tests in two forks, each with a server of its own (ADR 12), so a test server the container talks
 * to (the SMTP server, the OpenID provider) listens on a port its fork chose and hands it over this way rather
 * than through failsafe's environment, which both forks share.
 */
public final class ContainerSettings {
    private static final String OPTIONS = "payara.cmdOptions";

    private ContainerSettings() {
    }

    /** Passes this setting to the server the fork starts; call it before the first container class runs. */
    public static synchronized void give(String name, String value) {
        if (value.contains(" ")) {
            throw new IllegalArgumentException("a container setting without spaces: " + name);
        }
        String options = System.getProperty(OPTIONS, "");
        System.setProperty(OPTIONS, (options.isBlank() ? "" : options + " ") + "-D" + name + "=" + value);
    }
}
