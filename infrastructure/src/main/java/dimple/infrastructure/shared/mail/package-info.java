/**
 * Mail (and next webhooks) through a queue of its own (docs/adr/0030): rows written in the transaction of
 * the change, sent afterwards by a sender that claims each row, with retries and growing pauses.
 */
package dimple.infrastructure.shared.mail;
