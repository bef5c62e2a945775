package dimple.application.learning;

import java.time.LocalDate;

/**
 * What the board shows: search text ({@code q}, best match first when given), a tag, a team by name, a
 * report kind, a publication date range (inclusive) and the order when there is no search text
 * ({@code NEWEST} or {@code MOST_ENDORSED}). Null or blank means "any". A search that finds nothing is
 * tried again with its typos corrected unless {@code exact} asks for exactly the words typed.
 */
public record BoardFilter(String q, String tag, String team, String kind, LocalDate from, LocalDate to, String order, boolean exact) {
    public BoardFilter(String q, String tag, String team, String kind, LocalDate from, LocalDate to, String order) {
        this(q, tag, team, kind, from, to, order, false);
    }

    public static BoardFilter everything() {
        return new BoardFilter(null, null, null, null, null, null, null);
    }

    public static BoardFilter search(String q) {
        return new BoardFilter(q, null, null, null, null, null, null);
    }

    /** The same search for exactly the words typed, never corrected. */
    public static BoardFilter searchExactly(String q) {
        return new BoardFilter(q, null, null, null, null, null, null, true);
    }
}
