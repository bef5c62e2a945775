package dimple.archfixture.application;

import dimple.archfixture.domain.BrokenAggregate;

/** Deliberately broken: a use case named *Impl that talks JDBC. Only for ArchitectureTest. */
public class BrokenServiceImpl {
    java.sql.Connection connection;
    BrokenAggregate aggregate;
}
