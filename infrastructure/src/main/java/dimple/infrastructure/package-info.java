/** Adapters: JPA repositories, migrations, the Shiro realm and filters, configuration and start-up. */
package dimple.infrastructure;
