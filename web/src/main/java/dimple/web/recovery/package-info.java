/** Service-recovery screens (recoveries due, one case) and the recoveries API. */
package dimple.web.recovery;
