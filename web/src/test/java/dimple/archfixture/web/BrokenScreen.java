package dimple.archfixture.web;

import dimple.archfixture.domain.BrokenAggregate;

/** Deliberately broken: a screen bean that imports a domain class. Only for ArchitectureTest. */
public class BrokenScreen {
    BrokenAggregate aggregate;
}
