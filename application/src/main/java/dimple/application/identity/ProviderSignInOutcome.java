package dimple.application.identity;

/**
 * How a single sign-on ended in Dimple, after the provider had signed the person in: the account to sign
 * in, or why Dimple refused it.
 */
public record ProviderSignInOutcome(String username, Refusal refusal) {
    public enum Refusal {
        /** The account is disabled in Dimple. */
        DISABLED,
        /** The groups give the administrator role together with leader or HR, which never go together (ADR 14). */
        ROLES_IN_CONFLICT
    }

    public static ProviderSignInOutcome accepted(String username) {
        return new ProviderSignInOutcome(username, null);
    }

    public static ProviderSignInOutcome refused(Refusal refusal) {
        return new ProviderSignInOutcome(null, refusal);
    }

    public boolean accepted() {
        return refusal == null;
    }
}
