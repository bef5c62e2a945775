package dimple.archfixture.application.gamma;

import dimple.archfixture.domain.delta.DeltaThing;
import dimple.archfixture.domain.epsilon.EpsilonListener;

/**
 * Deliberately broken: gamma's use case changes delta's aggregate while delta's use case changes gamma's,
 * a cycle between the contexts that no module holds both ends of. Only for ArchitectureTest.
 */
public class GammaUseCase {
    DeltaThing delta;
    EpsilonListener epsilon;
}
