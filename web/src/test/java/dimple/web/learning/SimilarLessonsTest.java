package dimple.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.web.reporting.ReportForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What the report form shows while the title and the narrative are typed: similar lessons, and its wording hints. */
class SimilarLessonsTest {
    private final List<String> askedWith = new ArrayList<>();
    /** The narratives the report form worked out its wording hints for. */
    private final List<String> hintsFor = new ArrayList<>();

    @Test
    void aFewWords_lookForNoLessonYet() {
        SimilarLessons form = form(text -> List.of(card("1")));

        type(form, "Key card", "");
        assertThat(form.getLessons()).isEmpty();
        type(form, null, "  the guest ... ");
        assertThat(form.getLessons()).isEmpty();

        assertThat(askedWith).as("no search under three words").isEmpty();
    }

    @Test
    void titleAndNarrativeTogether_findAtMostThreeLessons_mostAlikeFirst() {
        SimilarLessons form = form(text -> List.of(card("1"), card("2"), card("3"), card("4"), card("5")));

        type(form, "Key card", "mix-up");

        assertThat(form.getLessons()).extracting(LessonCard::id).containsExactly("1", "2", "3");
        assertThat(askedWith).singleElement().asString().contains("Key card").contains("mix-up");
    }

    @Test
    void noMatch_showsNothing_andAnEarlierMatchGoesAway() {
        List<List<LessonCard>> answers = new ArrayList<>(List.of(List.of(card("1")), List.of()));
        SimilarLessons form = form(text -> answers.remove(0));

        type(form, "Room key encoded", "for the wrong room");
        assertThat(form.getLessons()).hasSize(1);
        type(form, "Lovely weather", "in the garden today");

        assertThat(form.getLessons()).isEmpty();
    }

    @Test
    void whenLookingFails_theFormShowsNoLessons_andStillItsWordingHints() {
        SimilarLessons form = form(text -> {
            throw new IllegalStateException("the search index is not there");
        });

        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(SimilarLessons.class.getName());
        Handler keep = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                logged.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(keep);
        log.setUseParentHandlers(false);
        try {
            type(form, "Room key", "I should have checked the encoder screen");
        } finally {
            log.removeHandler(keep);
            log.setUseParentHandlers(true);
        }

        assertThat(form.getLessons()).isEmpty();
        assertThat(hintsFor).as("the form's wording hints, in the same request").containsExactly("I should have checked the encoder screen");
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).hasMessage("the search index is not there");
        });
    }

    @Test
    void wordsAreLettersOrDigits_inAnyLanguage() {
        assertThat(SimilarLessons.worthLookingFor(null)).isFalse();
        assertThat(SimilarLessons.worthLookingFor("— , ! 42")).isFalse();
        assertThat(SimilarLessons.worthLookingFor("room 214, not 241")).isTrue();
        assertThat(SimilarLessons.worthLookingFor("Zimmer für Gäste")).isTrue();
        assertThat(SimilarLessons.worthLookingFor("double-booked")).isFalse();
    }

    private static void type(SimilarLessons similar, String title, String narrative) {
        similar.form.setTitle(title);
        similar.form.setNarrative(narrative);
        similar.checkWhatIsTyped();
    }

    private SimilarLessons form(Function<String, List<LessonCard>> similar) {
        ReportForm report = new ReportForm() {
            @Override
            public void checkWhatIsTyped() {
                hintsFor.add(getNarrative());
            }
        };
        SimilarLessons form = new SimilarLessons();
        form.form = report;
        form.lessons = new LessonService() {
            @Override
            public List<LessonCard> similar(String text) {
                askedWith.add(text);
                return similar.apply(text);
            }
        };
        return form;
    }

    private static LessonCard card(String id) {
        return new LessonCard(id, "Lesson " + id, "Take away " + id, List.of(), "Front Desk", "NEAR_MISS", "PUBLISHED",
                Instant.parse("2026-01-01T00:00:00Z"), 0, 0);
    }
}
