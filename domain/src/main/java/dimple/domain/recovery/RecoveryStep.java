package dimple.domain.recovery;

/**
 * A step recorded on a case. The first four move the case to the state of the same name; thanking
 * the people who waited is a task beside the states and does not move the case, nor does sending the customer a
 * letter (docs/adr/0049), which keeps the channel and the template's name, never the letter's words.
 */
public enum RecoveryStep {
    CONTACTED, REMEDY_DELIVERED, FOLLOWED_UP, CLOSED, BYSTANDERS_THANKED, LETTER_SENT
}
