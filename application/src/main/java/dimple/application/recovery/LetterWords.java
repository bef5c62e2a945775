package dimple.application.recovery;

import java.time.Instant;

/** How the reader's language says a case's values in a letter: the web tier answers from its bundles and formats. */
public interface LetterWords {
    /** The remedy given, in words ({@code REFUND}, {@code VOUCHER}, …). */
    String remedy(String remedyType);

    /** A day, as the reader writes it. */
    String day(Instant at);
}
