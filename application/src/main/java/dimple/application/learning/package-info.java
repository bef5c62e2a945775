/**
 * Use cases of the learning context: the lessons board, search, endorsements, scenario cards, insights
 * and the inbox of notifications; and its reactions to the other contexts' events: a published review
 * becomes a lesson, closed action items implement it, and people are told in the app (through the outbox).
 */
package dimple.application.learning;
