package dimple.infrastructure.identity;

import dimple.application.identity.Actor;
import dimple.application.identity.CurrentActor;
import dimple.application.identity.OrganisationTimeZone;
import dimple.application.identity.PersonalSettingsService;
import dimple.application.shared.CurrentUser;
import dimple.domain.identity.AccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletRequest;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The actor of this request, looked up at the first use case that asks and kept on the request, so the
 * use cases a page or an API call runs share one look-up. Kept under the name it was resolved for: once
 * the request signs out or in, the next question refuses or looks up again. Outside a request (scheduled
 * work, outbox handlers) nothing is signed in, so {@link #require()} refuses as the use cases always did.
 *
 * <p>Nothing here knows how the person signed in; whatever signs them in (a form, Basic, single sign-on
 * later) only has to make {@link CurrentUser} name them. Language and time zone: the person's choice, else
 * the language Dimple speaks that the request prefers (English when none) and the organisation's zone (ADR 45).
 */
@ApplicationScoped
public class RequestActor implements CurrentActor {
    /** The request attribute holding the resolved actor; set by nothing else. */
    static final String ATTRIBUTE = RequestActor.class.getName();

    private CurrentUser currentUser;
    private AccountRepository accounts;
    private OrganisationTimeZone organisationZone;
    private Supplier<Optional<? extends ServletRequest>> request;

    protected RequestActor() {
    }

    @Inject
    public RequestActor(CurrentUser currentUser, AccountRepository accounts, OrganisationTimeZone organisationZone) {
        this(currentUser, accounts, organisationZone, ShiroCurrentUser::request);
    }

    /** With the request taken from elsewhere than the Shiro subject: for tests. */
    RequestActor(CurrentUser currentUser, AccountRepository accounts, OrganisationTimeZone organisationZone,
                 Supplier<Optional<? extends ServletRequest>> request) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.organisationZone = organisationZone;
        this.request = request;
    }

    @Override
    public Actor require() {
        String username = currentUser.require();
        Optional<? extends ServletRequest> current = request.get();
        Optional<Actor> kept = current.map(r -> r.getAttribute(ATTRIBUTE)).filter(Actor.class::isInstance).map(Actor.class::cast)
                .filter(actor -> actor.username().equals(username));
        if (kept.isPresent()) {
            return kept.get();
        }
        Locale language = current.map(RequestActor::spoken).orElse(Locale.ENGLISH);
        Actor actor = CurrentActor.lookUp(currentUser, accounts, language, organisationZone.zone());
        current.ifPresent(r -> r.setAttribute(ATTRIBUTE, actor));
        return actor;
    }

    /** The first language of the request's {@code Accept-Language} that Dimple speaks; English when none is. */
    static Locale spoken(ServletRequest request) {
        if (request.getLocales() != null) {
            for (Locale asked : Collections.list(request.getLocales())) {
                if (PersonalSettingsService.LANGUAGES.contains(asked.getLanguage())) {
                    return Locale.forLanguageTag(asked.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }
}
