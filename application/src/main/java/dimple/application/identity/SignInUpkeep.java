package dimple.application.identity;

import dimple.domain.identity.SignInDelayRepository;
import dimple.domain.identity.SignedInSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Tidies what sign-in leaves behind: sessions past their lifetime and counts of failed sign-ins that no
 * longer slow anyone down. Run by a schedule, not by a person, so it carries no permission.
 */
@ApplicationScoped
@Transactional
public class SignInUpkeep {
    private SignedInSessionRepository sessions;
    private SignInDelayRepository delays;
    private Clock clock;

    protected SignInUpkeep() {
    }

    @Inject
    public SignInUpkeep(SignedInSessionRepository sessions, SignInDelayRepository delays, Clock clock) {
        this.sessions = sessions;
        this.delays = delays;
        this.clock = clock;
    }

    /** Returns how many sessions and counts were removed. */
    public int tidy() {
        Instant now = clock.instant();
        return sessions.deleteEndedBefore(now) + delays.deleteForgotten(now);
    }
}
