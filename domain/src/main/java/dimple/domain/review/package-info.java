/**
 * Blameless reviews: what happened (a timeline), why (contributing factors with chains of whys), what
 * went well, wrong and lucky, the candour statement, and the action items that follow. A review is
 * about systems, never culprits; once published it is frozen and becomes a lesson.
 */
package dimple.domain.review;
