package dimple.infrastructure.identity;

import java.time.Instant;
import org.apache.shiro.authc.AuthenticationException;

/** Shiro's word for a sign-in that was not tried, because failed ones from the same address came first. */
public class SignInDelayed extends AuthenticationException {
    private static final long serialVersionUID = 1L;
    private final Instant until;

    public SignInDelayed(Instant until) {
        super("Sign-in delayed");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
