/** Retention periods and the audit log's retention in the database (docs/adr/0052). */
package dimple.infrastructure.retention;
