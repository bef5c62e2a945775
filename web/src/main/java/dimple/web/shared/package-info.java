/** What every page and API call shares: security headers, body limits, problem details, refusal messages, and the lazy table over paged use cases. */
package dimple.web.shared;
