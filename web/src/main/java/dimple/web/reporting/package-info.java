/** Mistake report screens (file a report, my reports, report, team inbox, bent rules) and the reports API. */
package dimple.web.reporting;
