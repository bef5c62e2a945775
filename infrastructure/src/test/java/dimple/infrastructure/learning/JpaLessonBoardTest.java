package dimple.infrastructure.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dimple.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;

/** How the rows read for a page correct a kept number of lessons that may be out of date. */
class JpaLessonBoardTest {
    private static final PageRequest THIRD_PAGE_OF_TEN = new PageRequest(2, 10);

    @Test
    void aPageThatReachesTheEnd_tellsTheExactTotal_whateverWasKept() {
        assertThat(JpaLessonBoard.totalSeen(20, THIRD_PAGE_OF_TEN, 6)).as("kept too low").isEqualTo(26);
        assertThat(JpaLessonBoard.totalSeen(90, THIRD_PAGE_OF_TEN, 6)).as("kept too high").isEqualTo(26);
        assertThat(JpaLessonBoard.totalSeen(0, PageRequest.first(10), 0)).as("no lessons").isZero();
        assertThat(JpaLessonBoard.totalSeen(0, PageRequest.first(10), 1)).as("the first lesson of a new installation").isEqualTo(1);
    }

    @Test
    void aPageWithRowsAfterIt_raisesATotalKeptTooLow_andKeepsOneThatMayBeRight() {
        assertThat(JpaLessonBoard.totalSeen(25, THIRD_PAGE_OF_TEN, 11)).isEqualTo(31);
        assertThat(JpaLessonBoard.totalSeen(45, THIRD_PAGE_OF_TEN, 11)).isEqualTo(45);
    }

    @Test
    void anEmptyPagePastTheEnd_lowersATotalKeptTooHigh() {
        assertThat(JpaLessonBoard.totalSeen(46, THIRD_PAGE_OF_TEN, 0)).isEqualTo(20);
        assertThat(JpaLessonBoard.totalSeen(15, THIRD_PAGE_OF_TEN, 0)).isEqualTo(15);
    }
}
