package dimple.archfixture.application.learning;

import dimple.archfixture.domain.coaching.HiddenAssessment;

/** Deliberately broken: a learning-side use case that reaches into the accountability lane. Only for ArchitectureTest. */
public class LeakyBoard {
    HiddenAssessment shownOnTheBoard;
}
