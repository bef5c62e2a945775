package dimple.archfixture.domain.beta;

/** Deliberately broken: beta and alpha depend on each other. Only for ArchitectureTest. */
public class BetaThing {
    dimple.archfixture.domain.alpha.AlphaThing alpha;
}
