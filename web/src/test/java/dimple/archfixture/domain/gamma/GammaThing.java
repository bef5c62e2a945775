package dimple.archfixture.domain.gamma;

/** An aggregate of the fixture context gamma. Only for ArchitectureTest. */
public class GammaThing {
}
