package dimple.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

/**
 * One value object that owns a text limit, as the tests of each context list them: how to make it from a text and
 * read its text back, the limit it promises and the field name its refusals carry. {@link #assertKeepsItsLimit()}
 * checks the edge in code points, blank input and stripping.
 */
public record LimitedText(String name, Function<String, String> make, int max, boolean required, String label) {
    /** A character outside the Basic Multilingual Plane: two chars, one code point. */
    public static final String EMOJI = "\uD83D\uDE00";

    public static <T> LimitedText of(String name, Function<String, T> make, Function<T, String> text, int max, boolean required, String label) {
        return new LimitedText(name, make.andThen(text), max, required, label);
    }

    public void assertKeepsItsLimit() {
        String atTheEdge = EMOJI.repeat(max);
        assertThat(make.apply(atTheEdge)).as(name + " at its limit in code points").isEqualTo(atTheEdge);
        assertThat(make.apply("  " + atTheEdge + "\n")).as(name + " stripped before counting").isEqualTo(atTheEdge);
        assertThat(make.apply("\t a \n")).as(name + " stripped").isEqualTo("a");

        assertThatThrownBy(() -> make.apply(atTheEdge + "x")).as(name + " one over its limit")
                .isInstanceOfSatisfying(TextRefused.class,
                        e -> assertThat(e.problem()).isEqualTo(Message.of("input.maxLength", Message.of(label), max, max + 1)));

        for (String blank : new String[] {null, "", " \t\n "}) {
            if (required) {
                assertThatThrownBy(() -> make.apply(blank)).as(name + " blank")
                        .isInstanceOfSatisfying(TextRefused.class,
                                e -> assertThat(e.problem()).isEqualTo(Message.of("input.required", Message.of(label))));
            } else {
                assertThat(make.apply(blank)).as(name + " blank").isNull();
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
