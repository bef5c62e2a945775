package dimple.web.shared;

import dimple.application.identity.Actor;
import dimple.application.identity.CurrentActor;
import dimple.application.identity.OrganisationTimeZone;
import dimple.application.shared.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The language and time zone of the page being rendered (ADR 45): the signed-in person's choice, else the
 * language their browser prefers among those Dimple speaks (faces-config's supported locales) and the
 * organisation's time zone. {@code <f:view locale>} and {@code <html lang>} follow it, and so do
 * {@link Formats} and the date converters. Never shown to anyone but the person it belongs to.
 */
@Named("reader")
@RequestScoped
public class ReaderSettings {
    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentActor actor;

    @Inject
    OrganisationTimeZone organisationZone;

    private Locale locale;
    private ZoneId zone;

    @PostConstruct
    void resolve() {
        if (currentUser.username().isPresent()) {
            try {
                Actor me = actor.require();
                locale = me.language();
                zone = me.timeZone();
                return;
            } catch (RuntimeException accountGone) {
                // the page that follows refuses as it always did; until then it speaks as to a guest
            }
        }
        FacesContext context = FacesContext.getCurrentInstance();
        locale = context == null ? Words.DEFAULT : context.getApplication().getViewHandler().calculateLocale(context);
        zone = organisationZone.zone();
    }

    /** For {@code <f:view locale>}: the page's language. */
    public Locale getLocale() {
        return locale;
    }

    /** For {@code <html lang>}: {@code en} or {@code de}. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Now, to the second, as a clock on the reader's wall shows it. */
    public LocalDateTime now() {
        return LocalDateTime.now(zone);
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** A moment typed or shown in the reader's zone, as the instant it is. */
    public Instant instant(LocalDateTime moment) {
        return moment == null ? null : moment.atZone(zone).toInstant();
    }

    /** An instant as the reader's wall clock showed it, for a field that is edited. */
    public LocalDateTime moment(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /** The start of a day in the reader's zone, for a filter "from" that day. */
    public Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The settings of the page being rendered, for a converter or validator (which CDI does not inject). */
    public static ReaderSettings current() {
        return CDI.current().select(ReaderSettings.class).get();
    }
}
