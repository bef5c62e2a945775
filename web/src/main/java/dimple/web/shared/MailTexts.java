package dimple.web.shared;

import dimple.application.shared.MailKind;
import dimple.application.shared.MailWords;
import dimple.application.shared.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Mail in words from the bundles (ADR 20): a plain-text part and an HTML part, every fact escaped in the
 * HTML (facts are what people typed: titles, takeaways). Mails are in English, the default language, as
 * accounts keep no language yet. Due times are shown in UTC, saying so.
 */
@ApplicationScoped
public class MailTexts implements MailWords {
    private static final Locale LANGUAGE = Words.DEFAULT;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public Written write(List<Item> items, boolean digest, String unsubscribe, String settings) {
        String subject = digest ? Words.text(LANGUAGE, "mail.digest.subject", items.size())
                : Words.text(LANGUAGE, "mail.subject." + items.get(0).kind().name(), args(items.get(0)));
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif\">");
        if (digest) {
            String intro = Words.text(LANGUAGE, "mail.digest.intro");
            text.append(intro).append("\n\n");
            html.append("<p>").append(escape(intro)).append("</p>");
        }
        String open = Words.text(LANGUAGE, "mail.open");
        for (Item item : items) {
            String body = Words.text(LANGUAGE, "mail.body." + item.kind().name(), args(item));
            text.append(digest ? "* " : "").append(body).append('\n').append(open).append(": ").append(item.link()).append("\n\n");
            html.append("<p>").append(escape(body)).append("<br><a href=\"").append(escape(item.link())).append("\">").append(escape(open))
                    .append("</a></p>");
        }
        String footer = Words.text(LANGUAGE, "mail.footer");
        String off = Words.text(LANGUAGE, "mail.unsubscribeLine");
        text.append("-- \n").append(footer).append(' ').append(settings).append('\n').append(off).append(' ').append(unsubscribe).append('\n');
        html.append("<hr><p style=\"font-size:small\">").append(escape(footer)).append(" <a href=\"").append(escape(settings)).append("\">")
                .append(escape(settings)).append("</a><br>").append(escape(off)).append(" <a href=\"").append(escape(unsubscribe)).append("\">")
                .append(escape(unsubscribe)).append("</a></p></body></html>");
        return new Written(subject, text.toString(), html.toString());
    }

    @Override
    public String announcement(WebhookEvent event, String team, List<String> facts) {
        Object[] args = new Object[facts.size() + 1];
        args[0] = team;
        for (int i = 0; i < facts.size(); i++) {
            args[i + 1] = event == WebhookEvent.LESSON_PUBLISHED ? facts.get(i) : Long.valueOf(facts.get(i));
        }
        String key = "webhook." + event.name() + (event != WebhookEvent.LESSON_PUBLISHED && !facts.isEmpty() && "1".equals(facts.get(0)) ? ".one" : "");
        return Words.text(LANGUAGE, key, args).replaceAll("[\\r\\n]+", " ");
    }

    @Override
    public String openLabel() {
        return Words.text(LANGUAGE, "mail.open");
    }

    private static Object[] args(Item item) {
        Object[] args = item.facts().toArray();
        if ((item.kind() == MailKind.FOLLOW_UP_DUE || item.kind() == MailKind.FOLLOW_UP_OVERDUE) && args.length > 1) {
            try {
                args[1] = MOMENT.format(Instant.parse((String) args[1]));
            } catch (DateTimeParseException e) {
                // shown as stored
            }
        }
        return args;
    }

    /** HTML-escapes text and attribute values alike. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
