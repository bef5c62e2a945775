/**
 * Learning from what happened: lessons published from blameless reviews, and the notifications that
 * tell people in the app what became of their reports. Issue 5 grows the lessons board from here.
 */
package dimple.domain.learning;
