package dimple.archfixture.domain.delta;

/** An aggregate of the fixture context delta. Only for ArchitectureTest. */
public class DeltaThing {
}
