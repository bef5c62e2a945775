package dimple.domain.shared;

import java.time.Instant;

/**
 * Something that happened to an aggregate, named in the past tense ({@code ReportSubmitted},
 * {@code ReviewPublished}). The aggregate records it ({@link AggregateRoot#record}); the use case takes
 * it after the change and publishes it, and other contexts react: in the same transaction where the
 * reaction must be atomic with the change, or through the outbox after the commit (docs/adr/0017).
 *
 * <p>Events are the language contexts talk in, so they carry plain values only: ids, texts, numbers,
 * times, lists of those and records of their own; never an aggregate or an enumeration of a context
 * (ArchitectureTest checks this). An event about a confidential report never names its reporter except
 * to address the reporter's own notification, and keeps only the day of what the reporter did.
 */
public interface DomainEvent {
    /**
     * The aggregate it happened to, as {@code kind:id} (e.g. {@code report:<id>}): the outbox hands on
     * the events of one aggregate in the order they happened.
     */
    String aggregate();

    /** When it happened, as the aggregate keeps the time (a confidential reporter's own action: the day only). */
    Instant occurredAt();
}
