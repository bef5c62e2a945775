/** Who did what, when, to which record: an append-only trail of actions, exports and reads of restricted data. */
package dimple.domain.audit;
