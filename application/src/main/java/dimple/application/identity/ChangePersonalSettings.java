package dimple.application.identity;

/**
 * Change one's own language and time zone (ADR 45). For each: null leaves it as it is; blank goes back to the
 * default (the browser's language, the organisation's time zone).
 */
public record ChangePersonalSettings(String language, String timeZone) {
}
