/**
 * Use cases of the review context: blameless reviews (story, timeline, factors, actions, history, states)
 * and action items, for the pages and the API alike; and its reaction to triage: a report sent into
 * review opens or extends the review.
 */
package dimple.application.review;
