/** How long the organisation keeps each kind of record (issue 13, docs/adr/0052): periods set by administrators. */
package dimple.domain.retention;
