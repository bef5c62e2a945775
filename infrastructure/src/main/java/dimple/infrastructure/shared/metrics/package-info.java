/**
 * What an operator's Prometheus scrapes at {@code /metrics}: request counts and latencies by route template, sign-in
 * failures, exports, scheduled work, the mail queue and the JVM, behind an operator token (docs/adr/0036). No label
 * ever carries a username, a record's id or anything typed by a person.
 */
package dimple.infrastructure.shared.metrics;
