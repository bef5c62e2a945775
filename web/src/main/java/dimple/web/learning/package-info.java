/**
 * The learning pages and API: the lessons board and search, a lesson's page, endorsements, scenario
 * cards, insights, and the notifications page with its API ({@code /api/inbox}).
 */
package dimple.web.learning;
