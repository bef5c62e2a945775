/** Operations an administrator starts on the running application: the online backup of the embedded database. */
package dimple.web.bootstrap;
