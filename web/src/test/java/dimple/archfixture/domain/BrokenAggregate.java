package dimple.archfixture.domain;

import dimple.archfixture.web.BrokenScreen;

/** Deliberately broken: a domain class that uses CDI and the web layer. Only for ArchitectureTest. */
@jakarta.enterprise.context.ApplicationScoped
public class BrokenAggregate {
    BrokenScreen screen;
}
