package dimple.application.identity;

import java.util.Map;

/**
 * A person's mail settings: their address (null: none), their choice per kind ({@code AT_ONCE},
 * {@code DIGEST}, {@code OFF}), and whether Dimple sends mail at all.
 */
public record MailSettingsView(String email, Map<String, String> choices, boolean mailOn) implements java.io.Serializable {
}
