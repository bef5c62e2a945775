package dimple.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.shared.Refusal.Kind;
import dimple.domain.identity.LastAdminStays;
import dimple.domain.shared.Message;
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
        InvalidInput invalid = new InvalidInput(List.of(FieldProblem.of("username", "input.required", Message.of("field.username")),
                FieldProblem.of("roles", "input.required", Message.of("field.atLeastOneRole"))));

        Refusal refusal = Refusal.of(new TransactionalException("rolled back", new RuntimeException(invalid))).orElseThrow();

        assertThat(refusal.kind()).isEqualTo(Kind.INVALID_INPUT);
        assertThat(English.of(refusal.message())).isEqualTo("Please correct the 2 marked fields.");
        assertThat(refusal.problems()).extracting(FieldProblem::field).containsExactly("username", "roles");
    }

    @Test
    void of_eachKnownRefusal_isClassifiedWithItsSafeMessage() {
        Refusal notSignedIn = Refusal.of(new EJBException(new NotSignedIn())).orElseThrow();
        Refusal notAllowed = Refusal.of(new CompletionException(new AccessRefused())).orElseThrow();
        Refusal notFound = Refusal.of(new RecordNotFound("report")).orElseThrow();
        Refusal rule = Refusal.of(new TransactionalException("x", new LastAdminStays())).orElseThrow();

        assertThat(List.of(notSignedIn.kind(), notAllowed.kind(), notFound.kind(), rule.kind()))
                .containsExactly(Kind.NOT_SIGNED_IN, Kind.NOT_ALLOWED, Kind.NOT_FOUND, Kind.RULE);
        assertThat(List.of(English.of(notSignedIn.message()), English.of(notAllowed.message()), English.of(notFound.message()),
                English.of(rule.message()))).containsExactly("Please sign in.", "You are not allowed to do this.", "No such report.",
                "This is the last enabled administrator: give another account the ADMIN role first.");
        assertThat(rule.message()).isEqualTo(new LastAdminStays().message());
    }

    @Test
    void of_staleRecordOrOptimisticLock_asksToReloadWithoutTechnicalDetail() {
        Refusal ours = Refusal.of(new StaleRecord()).orElseThrow();
        Refusal jpas = Refusal.of(new TransactionalException("commit failed",
                new RollbackException(new OptimisticLockException("Version 3 of dimple.domain.identity.Account changed")))).orElseThrow();

        assertThat(ours.kind()).isEqualTo(Kind.STALE);
        assertThat(jpas).isEqualTo(new Refusal(Kind.STALE, Message.of(Refusal.STALE), List.of()));
        assertThat(English.of(jpas.message())).isEqualTo("Someone else changed this record while you were editing it. Reload it and make your change again.")
                .doesNotContain("dimple.domain");
    }

    @Test
    void of_unexpectedFailure_isNotARefusal() {
        assertThat(Refusal.of(new IllegalStateException("database is on fire"))).isEmpty();
        assertThat(Refusal.of(new RuntimeException(new NullPointerException()))).isEmpty();
        assertThat(Refusal.of(null)).isEmpty();
    }
}
