/**
 * The accountability lane's doors: the leader's assessment and coaching-record forms, "about me" for
 * the employee, HR's list and export, and the REST resources. Restricted: nothing outside this package
 * links to it but the menu.
 */
package dimple.web.coaching;
