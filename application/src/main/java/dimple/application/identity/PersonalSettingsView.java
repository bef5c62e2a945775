package dimple.application.identity;

import java.util.List;

/**
 * One's own language and time zone (ADR 45): {@code language} is null when the browser's is used,
 * {@code timeZone} null when the organisation's is; {@code organisationTimeZone} is that default, and
 * {@code languages} the languages Dimple speaks.
 */
public record PersonalSettingsView(String language, String timeZone, String organisationTimeZone, List<String> languages)
        implements java.io.Serializable {
}
