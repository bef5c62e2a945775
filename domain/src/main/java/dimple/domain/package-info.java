/** Dimple's domain: aggregates, value objects and repository ports, free of container APIs except JPA mapping annotations. */
package dimple.domain;
