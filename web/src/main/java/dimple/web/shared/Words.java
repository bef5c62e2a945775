package dimple.web.shared;

import dimple.domain.shared.Message;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns message codes into words from {@code dimple/web/messages*.properties} (ADR 20): the one place
 * where the doors render what the domain and the use cases say. English is the default; a bundle for
 * another language may lack keys, which then come from the English one.
 *
 * <p>A text with arguments is a {@link MessageFormat} pattern; a text without arguments is shown as
 * written. Arguments that are messages themselves (a field's name) are rendered first, numbers as plain
 * digits (no grouping), enumeration values by their name.
 */
public final class Words {
    public static final String BUNDLE = "dimple.web.messages";
    public static final Locale DEFAULT = Locale.ENGLISH;
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Words() {
    }

    /** The bundle for a language, falling back key by key to English. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? DEFAULT : locale, Words.class.getClassLoader(), NO_FALLBACK);
    }

    public static String render(Message message, Locale locale) {
        return text(locale, message.code(), message.args().toArray());
    }

    /** The words for a code; the code itself when no bundle knows it (so a missing key shows, and a test finds it). */
    public static String text(Locale locale, String code, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(code);
        } catch (MissingResourceException e) {
            return code;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(args[i], locale);
        }
        return new MessageFormat(pattern, locale == null ? DEFAULT : locale).format(shown);
    }

    private static Object shown(Object arg, Locale locale) {
        if (arg instanceof Message nested) {
            return render(nested, locale);
        }
        if (arg instanceof Enum<?> value) {
            return value.name();
        }
        return String.valueOf(arg);
    }

    /** The language of an API call: its {@code Accept-Language}, English when it sends none. */
    public static Locale of(HttpServletRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null || request.getHeader("Accept-Language").isBlank()) {
            return DEFAULT;
        }
        return request.getLocale();
    }

    /** The language of the page being rendered (the Faces view's locale), English outside a Faces request. */
    public static Locale current() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return DEFAULT;
        }
        if (context.getViewRoot() != null && context.getViewRoot().getLocale() != null) {
            return context.getViewRoot().getLocale();
        }
        return context.getApplication().getViewHandler().calculateLocale(context);
    }
}
