/** Triage, review and action pages and their API (API.md "Triage, reviews and action items"). */
package dimple.web.review;
