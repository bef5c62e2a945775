package dimple.web.shared;

import dimple.application.shared.PageView;
import java.io.Serializable;

/**
 * Where a {@link PagedTable} gets its pages: one call of a paged use case. It is kept with the view's
 * bean in the session, so it must survive being serialised (a failover to another node, a passivated
 * session). Write it as a lambda over the bean's own fields, such as
 * {@code (page, size) -> lessons.board(filter(), page, size)}: it then carries the bean, whose injected
 * services are CDI proxies that find their service again after deserialisation, and it reads the filter
 * fields as they are when the page is fetched.
 */
@FunctionalInterface
public interface PageSource<T> extends Serializable {
    /** One page of the list, numbered from 0, of at most {@code size} items, and the total the use case counted. */
    PageView<T> page(int page, int size);
}
