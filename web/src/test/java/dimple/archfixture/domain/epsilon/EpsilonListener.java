package dimple.archfixture.domain.epsilon;

import dimple.archfixture.domain.gamma.GammaHappened;

/** Listens to gamma's event, while gamma uses epsilon: allowed, an event ties a listener to nothing else. Only for ArchitectureTest. */
public class EpsilonListener {
    void on(GammaHappened event) {
    }
}
