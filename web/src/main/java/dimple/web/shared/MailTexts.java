package dimple.web.shared;

import dimple.application.shared.MailKind;
import dimple.application.shared.MailWords;
import dimple.application.shared.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Mail in words from the bundles (ADR 20): a plain-text part and an HTML part, every fact escaped in the
 * HTML (facts are what people typed: titles, takeaways). A mail is in the language its recipient chose for their
 * pages (English when they chose none: a mail has no browser to ask), due times in their time zone and days in their
 * language's format, as on their pages (ADR 45). Announcements to a team's chat are in English, the default language.
 */
@ApplicationScoped
public class MailTexts implements MailWords {
    private static final Locale LANGUAGE = Words.DEFAULT;

    @Override
    public Written write(List<Item> items, boolean digest, String unsubscribe, String settings, Reader reader) {
        Locale language = reader.language() == null ? LANGUAGE : reader.language();
        String subject = digest ? Words.text(language, "mail.digest.subject", items.size())
                : Words.text(language, "mail.subject." + items.get(0).kind().name(), args(items.get(0), reader, language));
        subject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(escape(language.getLanguage()))
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject))
                .append("</title></head><body style=\"font-family:sans-serif\">");
        if (digest) {
            String intro = Words.text(language, "mail.digest.intro");
            text.append(intro).append("\n\n");
            html.append("<p>").append(escape(intro)).append("</p>");
        }
        String open = Words.text(language, "mail.open");
        for (Item item : items) {
            String body = Words.text(language, "mail.body." + item.kind().name(), args(item, reader, language));
            text.append(digest ? "* " : "").append(body).append('\n').append(open).append(": ").append(item.link()).append("\n\n");
            html.append("<p>").append(escape(body)).append("<br><a href=\"").append(escape(item.link())).append("\">").append(escape(open))
                    .append("</a></p>");
        }
        String footer = Words.text(language, "mail.footer");
        String off = Words.text(language, "mail.unsubscribeLine");
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

    /** The facts as the reader reads them: a due moment in their time zone, a due day in their language's format. */
    private static Object[] args(Item item, Reader reader, Locale language) {
        Object[] args = item.facts().toArray();
        if (args.length < 2) {
            return args;
        }
        try {
            switch (item.kind()) {
                case FOLLOW_UP_DUE, FOLLOW_UP_OVERDUE -> args[1] = Formats.dateTime(Instant.parse((String) args[1]), language, reader.zone());
                case ACTION_ASSIGNED, ACTION_OVERDUE -> args[1] = Formats.day(LocalDate.parse((String) args[1]), language);
                default -> {
                    // no moment or day among the facts
                }
            }
        } catch (DateTimeParseException e) {
            // shown as stored
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
