/**
 * The accountability lane (Just Culture), kept apart from learning: restricted assessments of a named
 * report and coaching records with the employee's acknowledgement. Nothing outside this context may
 * depend on it (see the firewall in docs/adr/0010).
 */
package dimple.domain.coaching;
