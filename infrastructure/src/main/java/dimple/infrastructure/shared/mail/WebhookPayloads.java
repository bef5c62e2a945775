package dimple.infrastructure.shared.mail;

import dimple.application.shared.WebhookEvent;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The bodies and headers of webhook requests (docs/adr/0031): Slack's incoming-webhook {@code {"text"}} with its
 * {@code <url|label>} link syntax and {@code & < >} escaped; a Microsoft Teams (Workflows) message with one
 * Adaptive Card; a generic JSON document signed with HMAC-SHA256 over {@code timestamp + "." + body}
 * ({@code X-Dimple-Signature: sha256=<hex>}, {@code X-Dimple-Timestamp}). A payload holds the team's name,
 * the event, its facts (a lesson's title, or a count) and a link: never a person, a customer or a narrative.
 */
final class WebhookPayloads {
    record Request(String body, Map<String, String> headers) {
    }

    private WebhookPayloads() {
    }

    static Request of(String kind, String secret, String delivery, WebhookEvent event, String team, List<String> facts, String text, String link,
                      String openLabel, Instant now) {
        return switch (kind) {
            case "SLACK" -> new Request(slack(text, link, openLabel), Map.of());
            case "TEAMS" -> new Request(teams(text, link, openLabel), Map.of());
            default -> generic(secret, delivery, event, team, facts, text, link, now);
        };
    }

    static String slack(String text, String link, String openLabel) {
        String shown = slackEscape(text) + (link == null ? "" : " <" + link + "|" + slackEscape(openLabel) + ">");
        return Json.createObjectBuilder().add("text", shown).build().toString();
    }

    private static String slackEscape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String teams(String text, String link, String openLabel) {
        JsonObjectBuilder card = Json.createObjectBuilder().add("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .add("type", "AdaptiveCard").add("version", "1.4")
                .add("body", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "TextBlock").add("text", text).add("wrap", true)));
        if (link != null) {
            card.add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "Action.OpenUrl").add("title", openLabel)
                    .add("url", link)));
        }
        return Json.createObjectBuilder().add("type", "message").add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("contentType", "application/vnd.microsoft.card.adaptive").add("content", card))).build().toString();
    }

    static Request generic(String secret, String delivery, WebhookEvent event, String team, List<String> facts, String text, String link, Instant now) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("event", event.name()).add("delivery", delivery).add("team", team)
                .add("occurredAt", now.toString()).add("text", text);
        if (event == WebhookEvent.LESSON_PUBLISHED) {
            body.add("lesson", Json.createObjectBuilder().add("title", facts.isEmpty() ? "" : facts.get(0)));
        } else if (event != WebhookEvent.TEST) {
            body.add("count", facts.isEmpty() ? 0 : Long.parseLong(facts.get(0)));
        }
        if (link != null) {
            body.add("link", link);
        }
        String json = body.build().toString();
        String timestamp = String.valueOf(now.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Dimple-Event", event.name());
        headers.put("X-Dimple-Delivery", delivery);
        headers.put("X-Dimple-Timestamp", timestamp);
        if (secret != null) {
            headers.put("X-Dimple-Signature", "sha256=" + hmac(secret, timestamp + "." + json));
        }
        return new Request(json, headers);
    }

    static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
