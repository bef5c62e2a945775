/**
 * Use cases of mistake reports: filing one (with its recovery cases, in one transaction), "my reports",
 * the team inbox, follow-up questions, withdrawing, wording hints, and the bent-rules register.
 * A confidential reporter's identity leaves these services only towards the reporter.
 */
package dimple.application.reporting;
