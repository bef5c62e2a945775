/** Identity screens (sign-in, dashboard, password, account and team administration) and the identity API. */
package dimple.web.identity;
