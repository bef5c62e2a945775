package dimple.application.shared;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case that may simply run again when another change of the same record committed first
 * (JPA's optimistic lock): a request that named no version (no {@code If-Match}, or {@code *}) means
 * "apply this to the record as it is now", so it is run again on the current version, a few times,
 * instead of being refused as stale. A request that named a version is checked against the record it
 * reads again and is refused as stale ({@link StaleRecord}, 412) when it no longer matches.
 * See {@link ConflictRetry}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetriedOnConflict {
}
