/**
 * Retention (issue 13, docs/adr/0052): administrators set how long each kind of record is kept and see, as counts
 * only, what the next sweep removes; the daily sweep deletes or anonymises what is due, in batches, audited.
 */
package dimple.application.retention;
