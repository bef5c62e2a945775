/**
 * Building blocks every context shares: ids, paging, time mapping, the base of rule violations, and
 * domain events with the aggregate base that records them.
 */
package dimple.domain.shared;
