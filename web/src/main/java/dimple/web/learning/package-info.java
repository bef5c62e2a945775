/** The learning pages and API: the lessons board and search, a lesson's page, endorsements, scenario cards and insights. */
package dimple.web.learning;
