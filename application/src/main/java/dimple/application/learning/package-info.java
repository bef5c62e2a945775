/** Use cases of the learning context: so far the inbox of notifications; the lessons board comes with the learning issue. */
package dimple.application.learning;
