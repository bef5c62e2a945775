/**
 * Use cases of mistake reports: filing one (its recovery cases opened in the same transaction), "my
 * reports", the team inbox, triage, follow-up questions, withdrawing, wording hints, and the bent-rules
 * register; and the reaction to a published review: its reports are closed.
 * A confidential reporter's identity leaves these services only towards the reporter.
 */
package dimple.application.reporting;
