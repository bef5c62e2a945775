package dimple.application.identity;

import dimple.domain.identity.Account;
import dimple.domain.identity.Role;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who is making a request, resolved once per request by {@link CurrentActor}: a plain value, the same
 * whichever way the person signed in (a form or Basic today, single sign-on later), so nothing that uses
 * it knows how they proved who they are.
 *
 * <p>A snapshot taken at the first look-up in the request. What the person may do is not in here: the
 * permission checks ({@code @RequiresPermissions}, {@code PermissionCheck}) still ask the security layer,
 * and a use case that hands the person to a domain rule loads the {@link Account} itself by
 * {@link #accountId()} ({@link CurrentActor#account}), so a rule always sees the stored account.
 *
 * <p>{@code language} and {@code timeZone} are the person's own choice when they made one (ADR 45), else the
 * language the request asked for and the organisation's time zone. Never written anywhere: they must not
 * tie anything (least of all a confidential report) to the person beyond what the use cases write today.
 *
 * @param accountId the account's id, for loading the account or comparing with stored ids
 * @param username  the name the person signs in with
 * @param roles     the account's roles
 * @param teams     ids of the teams the person belongs to (including those they lead)
 * @param teamsLed  ids of the teams the person leads
 * @param language  see above: chosen, else the request's
 * @param timeZone  see above: chosen, else the organisation's
 */
public record Actor(String accountId, String username, Set<Role> roles, Set<String> teams, Set<String> teamsLed,
                    Locale language, ZoneId timeZone) {
    public Actor {
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(username);
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
        teamsLed = Set.copyOf(teamsLed);
        Objects.requireNonNull(language);
        Objects.requireNonNull(timeZone);
    }

    /** The actor for this account: in the language and time zone it chose, else in these. */
    public static Actor of(Account account, Locale requested, ZoneId organisationZone) {
        Locale language = account.language().map(Locale::forLanguageTag).orElse(requested);
        ZoneId timeZone = new OrganisationTimeZone(organisationZone).orChosen(account.timeZone().orElse(null));
        return new Actor(account.id(), account.username(), account.roles(), account.memberOf(), account.leadsTeams(), language, timeZone);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean leads(String teamId) {
        return teamsLed.contains(teamId);
    }

    public boolean isMemberOf(String teamId) {
        return teams.contains(teamId);
    }

    /** Says nothing about who it is, should it ever reach a log line or an exception message. */
    @Override
    public String toString() {
        return "Actor[signed in]";
    }
}
