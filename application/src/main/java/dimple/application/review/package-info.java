/**
 * Use cases of the review context: triage of reports, blameless reviews (story, timeline, factors,
 * actions, history, states) and action items, for the pages and the API alike.
 */
package dimple.application.review;
