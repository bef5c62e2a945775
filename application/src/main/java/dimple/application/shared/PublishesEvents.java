package dimple.application.shared;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case whose outbox messages are handed on as soon as its own transaction commits, in the
 * caller's thread, before the call returns: what it causes (a notification) is there when the caller
 * looks next. The scheduled outbox run stays the guarantee: it takes whatever this first attempt left
 * (a failure, a crash in between). Nested calls inside a running transaction change nothing.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublishesEvents {
}
