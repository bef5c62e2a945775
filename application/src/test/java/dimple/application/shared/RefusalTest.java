package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.Refusal.Kind;
import dimple.domain.identity.LastAdminStays;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class RefusalTest {
    @Test
    void of_invalidInputInsideContainerWrappers_keepsEveryFieldProblem() {
        InvalidInput invalid = new InvalidInput(List.of(new FieldProblem("username", "Username is required."),
                new FieldProblem("roles", "At least one role is required.")));

        Refusal refusal = Refusal.of(new TransactionalException("rolled back", new RuntimeException(invalid))).orElseThrow();

        assertThat(refusal.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(refusal.message()).isEqualTo("Please correct the 2 marked fields.");
        assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("username", "roles");
    }

    @Test
    void of_eachKnownRefusal_isClassifiedWithItsSafeMessage() {
        assertThat(Refusal.of(new EJBException(new NotSignedIn()))).get()
                .isEqualTo(new Refusal(Kind.NOT_SIGNED_IN, "Please sign in.", List.of()));
        assertThat(Refusal.of(new CompletionException(new AccessRefused()))).get()
                .isEqualTo(new Refusal(Kind.NOT_ALLOWED, "You are not allowed to do this.", List.of()));
        assertThat(Refusal.of(new RecordNotFound("report"))).get()
                .isEqualTo(new Refusal(Kind.NOT_FOUND, "No such report.", List.of()));
        assertThat(Refusal.of(new TransactionalException("x", new LastAdminStays()))).get()
                .isEqualTo(new Refusal(Kind.RULE, new LastAdminStays().getMessage(), List.of()));
    }

    @Test
    void of_staleRecordOrOptimisticLock_asksToReloadWithoutTechnicalDetail() {
        Refusal ours = Refusal.of(new StaleRecord()).orElseThrow();
        Refusal jpas = Refusal.of(new TransactionalException("commit failed",
                new RollbackException(new OptimisticLockException("Version 3 of dimple.domain.identity.Account changed")))).orElseThrow();

        assertThat(ours.kind()).isEqualTo(Kind.STALE);
        assertThat(jpas).isEqualTo(new Refusal(Kind.STALE, Refusal.STALE_MESSAGE, List.of()));
        assertThat(jpas.message()).doesNotContain("dimple.domain");
    }

    @Test
    void of_unexpectedFailure_isNotARefusal() {
        assertThat(Refusal.of(new IllegalStateException("database is on fire"))).isEmpty();
        assertThat(Refusal.of(new RuntimeException(new NullPointerException()))).isEmpty();
        assertThat(Refusal.of(null)).isEmpty();
    }
}
