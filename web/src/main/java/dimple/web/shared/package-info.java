/** What every page and API call shares: security headers, body limits, problem details and refusal messages. */
package dimple.web.shared;
