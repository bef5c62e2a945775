package dimple.archfixture.application.delta;

import dimple.archfixture.domain.gamma.GammaThing;

/** Deliberately broken: the other half of the gamma-delta cycle. Only for ArchitectureTest. */
public class DeltaUseCase {
    GammaThing gamma;
}
