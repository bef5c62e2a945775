package dimple.infrastructure.bootstrap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Dimple's settings, read through MicroProfile Config, so each can come from an environment variable
 * ({@code DIMPLE_DEMO}), a system property ({@code dimple.demo}) or a config file.
 */
public record Settings(boolean demo, String adminPassword) {
    public static Settings read() {
        Config config = ConfigProvider.getConfig();
        return new Settings(
                config.getOptionalValue("dimple.demo", Boolean.class).orElse(false),
                config.getOptionalValue("dimple.admin.password", String.class).orElse(null));
    }

    @Override
    public String toString() {
        return "Settings[demo=" + demo + ", adminPassword=" + (adminPassword == null ? "unset" : "set") + "]";
    }
}
