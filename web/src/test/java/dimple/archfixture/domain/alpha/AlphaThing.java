package dimple.archfixture.domain.alpha;

/** Deliberately broken: alpha and beta depend on each other. Only for ArchitectureTest. */
public class AlphaThing {
    dimple.archfixture.domain.beta.BetaThing beta;
}
