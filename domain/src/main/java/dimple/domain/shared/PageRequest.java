package dimple.domain.shared;

/**
 * Which slice of a list to fetch: a zero-based page and a size between 1 and {@value #MAX_SIZE}, no further than
 * {@link #lastPage(int)}, so that the offset of its first row is a row number a store can count to.
 */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size >= 1 && page > lastPage(size)) {
            throw new IllegalArgumentException("page must be " + lastPage(size) + " or less");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }

    /** The furthest page of this size whose rows all have an {@code int} row number (a JPA offset is one). */
    public static int lastPage(int size) {
        return Integer.MAX_VALUE / size - 1;
    }
}
