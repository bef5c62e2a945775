package dimple.archfixture.domain.shared;

/** The fixture's stand-in for Dimple's domain event type. Only for ArchitectureTest. */
public interface DomainEvent {
}
