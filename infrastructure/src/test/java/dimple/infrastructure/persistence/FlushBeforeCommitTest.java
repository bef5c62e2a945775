package dimple.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The flush at the end of a use case: once, after the use case, and only when its transaction will commit. */
class FlushBeforeCommitTest {
    private final List<String> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <T> T fake(Class<T> type, Object answer) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(method.getName());
            return method.getName().equals("proceed") ? ((Callable<?>) answer).call() : answer;
        });
    }

    private Object useCaseEnds(int status, Callable<?> useCase) throws Exception {
        FlushBeforeCommit interceptor = new FlushBeforeCommit(fake(EntityManager.class, null),
                fake(TransactionSynchronizationRegistry.class, status));
        return interceptor.flushAtTheEnd(fake(InvocationContext.class, useCase));
    }

    @Test
    void aUseCaseThatEnds_isFlushedOnceAfterItRan() throws Exception {
        Object result = useCaseEnds(Status.STATUS_ACTIVE, () -> "done");

        assertThat(result).isEqualTo("done");
        assertThat(calls).containsExactly("proceed", "getTransactionStatus", "flush");
    }

    @Test
    void aTransactionThatWillRollBack_isNotFlushed() throws Exception {
        useCaseEnds(Status.STATUS_MARKED_ROLLBACK, () -> "done");

        assertThat(calls).doesNotContain("flush");
    }

    @Test
    void aUseCaseThatFailed_isNotFlushed() {
        assertThatThrownBy(() -> useCaseEnds(Status.STATUS_ACTIVE, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");

        assertThat(calls).doesNotContain("flush");
    }
}
