/** Dimple's use cases: one service per area, each method a transaction with its permission checked. */
package dimple.application;
