package dimple.archfixture.domain.gamma;

import dimple.archfixture.domain.shared.DomainEvent;

/** Deliberately broken: an event that carries its aggregate instead of plain values. Only for ArchitectureTest. */
public record GammaHappened(String gammaId, GammaThing thing) implements DomainEvent {
}
