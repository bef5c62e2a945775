/** Identity adapters: account and team repositories, Argon2id hashing, and Shiro (realm, filters, current user). */
package dimple.infrastructure.identity;
