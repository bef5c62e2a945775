/** Retention for administrators (docs/adr/0052): the page and {@code /api/admin/retention}. */
package dimple.web.retention;
