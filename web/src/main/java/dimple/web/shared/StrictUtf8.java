package dimple.web.shared;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-8 read strictly: a byte sequence that is not UTF-8 is refused rather than turned into U+FFFD, the
 * replacement character the container and a lenient decoder put in its place without a word.
 */
public final class StrictUtf8 {
    /** The character a lenient decoder puts where the bytes were not UTF-8. */
    public static final char REPLACEMENT = '\uFFFD';

    private StrictUtf8() {
    }

    /** The text the bytes encode, or empty when they are not well-formed UTF-8. */
    public static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a query string as it came over the wire is well-formed: every {@code %} followed by two hex
     * digits, and the bytes the escapes stand for UTF-8. No query at all is well-formed.
     */
    public static boolean isWellFormedQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else if (c == REPLACEMENT || Character.isSurrogate(c) && !validPair(raw, i)) {
                return false;
            } else {
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return decode(bytes.toByteArray()).isPresent();
    }

    private static boolean validPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
