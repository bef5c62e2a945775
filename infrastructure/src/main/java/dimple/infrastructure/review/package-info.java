/** Review adapters: reviews with their timelines and factors, action items and the review history in the database. */
package dimple.infrastructure.review;
