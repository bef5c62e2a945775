/**
 * Mistake reports as people file them: named or confidential, with a receipt number, the follow-up
 * questions leaders ask the reporter, the rules bent for a customer and the leaders' decisions on
 * them, and the words that blame rather than describe.
 */
package dimple.domain.reporting;
