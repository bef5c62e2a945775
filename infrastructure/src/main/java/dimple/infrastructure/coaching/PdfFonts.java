package dimple.infrastructure.coaching;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fonts of one PDF, so that the text the CSV keeps also shows in the PDF (ADR 39). Each character is set
 * in the first font that has it:
 * <ol>
 * <li>DejaVu Sans Condensed (about as wide as Helvetica), regular or bold (from {@code jasperreports-fonts}),
 * embedded as a subset: Latin, Greek, Cyrillic, and symbols such as ✓, arrows and dashes;</li>
 * <li>a TrueType font with Chinese, Japanese and Korean glyphs, when the system has one at a known place
 * ({@link #SYSTEM_CJK}, Debian's {@code fonts-droid-fallback}), embedded as a subset;</li>
 * <li>the PDF standard CJK fonts (Adobe's STSong, Heisei Kaku Gothic, HYGoThic, MSung), named but not
 * embedded: the text is in the file (copy, search, extraction), and the reader's program supplies the
 * glyphs.</li>
 * </ol>
 * A character no font has (most emoji) shows as U+FFFD; invisible formatting characters (variation
 * selectors, joiners) are left out. An embedded font collects the glyphs its document uses and writes
 * them when the document closes, so each document gets its own font objects, parsed from font files read
 * once per process.
 */
final class PdfFonts {
    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";
    /** Where Debian's {@code fonts-droid-fallback} puts a TrueType font with CJK glyphs; the first that exists is used. */
    static final List<Path> SYSTEM_CJK = List.of(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    /** The standard CJK fonts OpenPDF knows, each with its Unicode CMap: simplified Chinese, Japanese, Korean, traditional Chinese. */
    private static final String[][] STANDARD_CJK = {{"STSong-Light", "UniGB-UCS2-H"}, {"HeiseiKakuGo-W5", "UniJIS-UCS2-H"},
            {"HYGoThic-Medium", "UniKS-UCS2-H"}, {"MSung-Light", "UniCNS-UCS2-H"}};
    private static final int REPLACEMENT = 0xFFFD;

    private final BaseFont regular;
    private final BaseFont bold;
    private final List<BaseFont> fallbacks = new ArrayList<>();

    /** The fonts with the system's CJK font when it has one. */
    PdfFonts() {
        this(FontFiles.SYSTEM_CJK);
    }

    /** The fonts with the given CJK TrueType font (its bytes), or only the standard CJK fonts. */
    PdfFonts(Optional<byte[]> systemCjk) {
        try {
            regular = trueType("DejaVuSansCondensed.ttf", FontFiles.REGULAR);
            bold = trueType("DejaVuSansCondensed-Bold.ttf", FontFiles.BOLD);
            if (systemCjk.isPresent()) {
                fallbacks.add(trueType("SystemCjk.ttf", systemCjk.get()));
            }
            for (String[] font : STANDARD_CJK) {
                fallbacks.add(BaseFont.createFont(font[0], font[1], BaseFont.NOT_EMBEDDED));
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF fonts cannot be read", e);
        }
    }

    private static BaseFont trueType(String name, byte[] bytes) throws DocumentException, IOException {
        return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
    }

    /** A face of this document: a size, bold or not, a colour. */
    Face face(float size, boolean isBold, Color color) {
        List<Font> fonts = new ArrayList<>();
        fonts.add(new Font(isBold ? bold : regular, size, Font.NORMAL, color));
        for (BaseFont fallback : fallbacks) {
            fonts.add(new Font(fallback, size, isBold ? Font.BOLD : Font.NORMAL, color));
        }
        return new Face(List.copyOf(fonts));
    }

    /** A face's fonts, the first one's first. */
    static final class Face {
        private final List<Font> fonts;

        private Face(List<Font> fonts) {
            this.fonts = fonts;
        }

        /** The text as a phrase of runs, each run in the first of the face's fonts that has all of its characters. */
        Phrase phrase(String text) {
            Phrase phrase = new Phrase();
            phrase.addAll(runs(text));
            return phrase;
        }

        private List<Chunk> runs(String text) {
            List<Chunk> runs = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            Font current = null;
            for (int i = 0; i < text.length();) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (invisible(c)) {
                    continue;
                }
                Font font = c == '\n' || c == '\r' ? (current == null ? fonts.get(0) : current) : fontFor(c);
                if (font == null) {
                    c = REPLACEMENT;
                    font = fonts.get(0);
                }
                if (font != current && run.length() > 0) {
                    runs.add(new Chunk(run.toString(), current));
                    run.setLength(0);
                }
                current = font;
                run.appendCodePoint(c);
            }
            if (run.length() > 0) {
                runs.add(new Chunk(run.toString(), current));
            }
            return runs;
        }

        /** The width of the text in points, as {@link #show} sets it. */
        float width(String text) {
            float width = 0;
            for (Chunk run : runs(text)) {
                width += run.getFont().getBaseFont().getWidthPoint(run.getContent(), run.getFont().getSize());
            }
            return width;
        }

        /**
         * Sets the text on a canvas from (x, y) run by run, spaces at either end included (a phrase laid out
         * by {@code ColumnText} loses them); for short lines such as the page line.
         */
        void show(PdfContentByte canvas, String text, float x, float y) {
            canvas.beginText();
            canvas.setTextMatrix(x, y);
            for (Chunk run : runs(text)) {
                canvas.setFontAndSize(run.getFont().getBaseFont(), run.getFont().getSize());
                canvas.setColorFill(run.getFont().getColor());
                canvas.showText(run.getContent());
            }
            canvas.endText();
        }

        private Font fontFor(int c) {
            for (Font font : fonts) {
                if (font.getBaseFont().charExists(c)) {
                    return font;
                }
            }
            return null;
        }

        private static boolean invisible(int c) {
            return Character.getType(c) == Character.FORMAT || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF;
        }
    }

    /** The font files, read once; a system font that cannot be read is not used. */
    private static final class FontFiles {
        static final byte[] REGULAR = resource(DEJAVU + "DejaVuSansCondensed.ttf");
        static final byte[] BOLD = resource(DEJAVU + "DejaVuSansCondensed-Bold.ttf");
        static final Optional<byte[]> SYSTEM_CJK = PdfFonts.SYSTEM_CJK.stream().filter(Files::isReadable).findFirst()
                .flatMap(FontFiles::read);

        private static byte[] resource(String name) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + name + " is not on the class path (net.sf.jasperreports:jasperreports-fonts)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Optional<byte[]> read(Path path) {
            try {
                return Optional.of(Files.readAllBytes(path));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
