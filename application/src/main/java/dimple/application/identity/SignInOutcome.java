package dimple.application.identity;

import java.time.Instant;

/**
 * How a sign-in attempt ended. A refusal never says why (unknown name, wrong password, disabled
 * account all look the same); a wait says until when, because the person typing needs to know, and it
 * tells nothing about the account: waits are counted for the name as typed, existing or not.
 */
public record SignInOutcome(Kind kind, String username, Instant waitUntil) {
    public enum Kind {
        ACCEPTED, REFUSED, WAIT
    }

    public static SignInOutcome accepted(String username) {
        return new SignInOutcome(Kind.ACCEPTED, username, null);
    }

    public static SignInOutcome refused() {
        return new SignInOutcome(Kind.REFUSED, null, null);
    }

    public static SignInOutcome waitUntil(Instant until) {
        return new SignInOutcome(Kind.WAIT, null, until);
    }

    public boolean accepted() {
        return kind == Kind.ACCEPTED;
    }
}
