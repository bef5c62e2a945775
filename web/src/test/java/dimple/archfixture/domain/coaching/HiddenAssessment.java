package dimple.archfixture.domain.coaching;

/** A restricted record of the accountability lane. Only for ArchitectureTest. */
public class HiddenAssessment {
    String behaviour;
}
