/** The notifications page and its API ({@code /api/inbox}). */
package dimple.web.learning;
