package dimple.web.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.application.learning.LessonCard;
import dimple.application.learning.LessonService;
import dimple.application.reporting.HintView;
import dimple.application.reporting.ReportingService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What the report form shows while the title and the narrative are typed: wording hints and similar lessons. */
class ReportFormTest {
    private final List<String> askedWith = new ArrayList<>();

    @Test
    void aFewWords_lookForNoLessonYet() {
        ReportForm form = form(text -> List.of(card("1")));

        type(form, "Key card", "");
        assertThat(form.getSimilarLessons()).isEmpty();
        type(form, null, "  the guest ... ");
        assertThat(form.getSimilarLessons()).isEmpty();

        assertThat(askedWith).as("no search under three words").isEmpty();
    }

    @Test
    void titleAndNarrativeTogether_findAtMostThreeLessons_mostAlikeFirst() {
        ReportForm form = form(text -> List.of(card("1"), card("2"), card("3"), card("4"), card("5")));

        type(form, "Key card", "mix-up");

        assertThat(form.getSimilarLessons()).extracting(LessonCard::id).containsExactly("1", "2", "3");
        assertThat(askedWith).singleElement().asString().contains("Key card").contains("mix-up");
    }

    @Test
    void noMatch_showsNothing_andAnEarlierMatchGoesAway() {
        List<List<LessonCard>> answers = new ArrayList<>(List.of(List.of(card("1")), List.of()));
        ReportForm form = form(text -> answers.remove(0));

        type(form, "Room key encoded", "for the wrong room");
        assertThat(form.getSimilarLessons()).hasSize(1);
        type(form, "Lovely weather", "in the garden today");

        assertThat(form.getSimilarLessons()).isEmpty();
    }

    @Test
    void whenLookingFails_theFormShowsNoLessons_andStillItsWordingHints() {
        ReportForm form = form(text -> {
            throw new IllegalStateException("the search index is not there");
        });

        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(ReportForm.class.getName());
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

        assertThat(form.getSimilarLessons()).isEmpty();
        assertThat(form.getHints()).extracting(HintView::phrase).containsExactly("should have");
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).hasMessage("the search index is not there");
        });
    }

    @Test
    void wordsAreLettersOrDigits_inAnyLanguage() {
        assertThat(ReportForm.worthLookingFor(null)).isFalse();
        assertThat(ReportForm.worthLookingFor("— , ! 42")).isFalse();
        assertThat(ReportForm.worthLookingFor("room 214, not 241")).isTrue();
        assertThat(ReportForm.worthLookingFor("Zimmer für Gäste")).isTrue();
        assertThat(ReportForm.worthLookingFor("double-booked")).isFalse();
    }

    private static void type(ReportForm form, String title, String narrative) {
        form.setTitle(title);
        form.setNarrative(narrative);
        form.checkWhatIsTyped();
    }

    private ReportForm form(Function<String, List<LessonCard>> similar) {
        ReportForm form = new ReportForm();
        form.reporting = new ReportingService() {
            @Override
            public List<HintView> hints(String text) {
                return text != null && text.contains("should have")
                        ? List.of(new HintView("should have", "Describe what was known at the time."))
                        : List.of();
            }
        };
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
