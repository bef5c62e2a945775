/** Dimple's doors: Faces pages with their screen beans, and the REST API; both call the same application services. */
package dimple.web;
