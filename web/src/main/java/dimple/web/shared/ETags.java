package dimple.web.shared;

import dimple.application.shared.StaleRecord;
import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * ETags of single records and {@code If-Match} on their state changes (RFC 9110 section 13.1.1; docs/reports-api.md
 * "Versions and preconditions").
 *
 * <p>A record's ETag is strong: its version, a dash and the first 16 hex digits of the SHA-256 of the exact
 * bytes of the answer ({@code "3-9f86d081884c7d65"}). The version part is what a state change checks; the hash
 * part changes with anything else the answer shows (a recovery case added to a report, a name, what the viewer
 * may do), so that {@code If-None-Match} on a {@code GET} answers 304 only for the very bytes the client holds.
 * The hash is of what the caller was sent, so it tells nothing the answer did not.
 *
 * <p>{@code If-Match} on a state change: no header or {@code *} does not check; otherwise the change goes ahead
 * only if one of the listed strong tags names the record's current version, either as the bare version
 * ({@code "3"}, what clients sent before the hash was added) or as a whole ETag; a weak tag ({@code W/"3"})
 * never matches (strong comparison), and a header that matches nothing is 412.
 */
public final class ETags {
    private static final int HASH_DIGITS = 16;

    private ETags() {
    }

    /** The ETag of an answer: the record's version and a hash of the bytes sent. */
    public static EntityTag of(long version, byte[] body) {
        return new EntityTag(value(version, body));
    }

    /** The ETag's value, unquoted: {@code 3-9f86d081884c7d65}. */
    static String value(long version, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return version + "-" + HexFormat.of().formatHex(digest).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * The version a state change expects, or null when the request does not ask for a check.
     *
     * @param ifMatch the {@code If-Match} header as sent
     * @param current reads the record's current version; asked only when the header names several versions
     * @throws StaleRecord (412) when the header can match nothing, or names several versions none of which is current
     */
    public static Long expected(String ifMatch, LongSupplier current) {
        IfMatch header = IfMatch.parse(ifMatch);
        if (header.any()) {
            return null;
        }
        if (header.versions().isEmpty()) {
            throw new StaleRecord();
        }
        if (header.versions().size() == 1) {
            return header.versions().iterator().next();
        }
        long now = current.getAsLong();
        if (header.versions().contains(now)) {
            return now;
        }
        throw new StaleRecord();
    }

    /**
     * An {@code If-Match} header read as RFC 9110 has it: {@code *}, or a list of entity tags. Only the
     * versions of its strong tags count.
     *
     * @param any no header, or {@code *}: nothing to check
     * @param versions the versions its strong tags name, in order, without repeats
     */
    record IfMatch(boolean any, Set<Long> versions) {
        static IfMatch parse(String header) {
            if (header == null || header.isBlank()) {
                return new IfMatch(true, Set.of());
            }
            Set<Long> versions = new LinkedHashSet<>();
            for (String element : elements(header)) {
                if (element.equals("*")) {
                    return new IfMatch(true, Set.of());
                }
                Long version = version(element);
                if (version != null) {
                    versions.add(version);
                }
            }
            return new IfMatch(false, versions);
        }

        /** The list's elements, split at commas outside quotes, blank ones left out. */
        private static List<String> elements(String header) {
            List<String> elements = new ArrayList<>();
            StringBuilder element = new StringBuilder();
            boolean quoted = false;
            for (char c : header.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                }
                if (c == ',' && !quoted) {
                    elements.add(element.toString().strip());
                    element.setLength(0);
                } else {
                    element.append(c);
                }
            }
            elements.add(element.toString().strip());
            elements.removeIf(String::isEmpty);
            return elements;
        }

        /** The version a strong tag names ({@code "3"} or {@code "3-…"}); null for a weak or malformed tag. */
        private static Long version(String tag) {
            if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
                return null;
            }
            String value = tag.substring(1, tag.length() - 1);
            int dash = value.indexOf('-');
            String number = dash < 0 ? value : value.substring(0, dash);
            if (number.isEmpty() || number.length() > 18 || !number.chars().allMatch(Character::isDigit)) {
                return null;
            }
            return Long.valueOf(number);
        }
    }
}
