/** Building blocks every context shares: ids, paging, time mapping and the base of rule violations. */
package dimple.domain.shared;
