package dimple.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After signing in, a person goes back to the page of this application they came from, and nowhere else. */
class ReturnPathTest {
    @Test
    void aPageOfThisApplication_withItsParameters_isWhereThePersonGoesBack() {
        assertThat(ReturnPath.of("/report/new.xhtml")).contains("/report/new.xhtml");
        assertThat(ReturnPath.of("/review/view.xhtml?id=7d1e9c3a-0000-4000-8000-0000000000aa&tab=story"))
                .contains("/review/view.xhtml?id=7d1e9c3a-0000-4000-8000-0000000000aa&tab=story");
        assertThat(ReturnPath.of("/lesson/board.xhtml?q=refund%20card")).contains("/lesson/board.xhtml?q=refund%20card");
    }

    @Test
    void anotherSite_aScheme_aClimbOutOrTheSignInPageItself_isNever() {
        assertThat(ReturnPath.of(null)).isEmpty();
        assertThat(ReturnPath.of("")).isEmpty();
        assertThat(ReturnPath.of("https://elsewhere.example/report/new.xhtml")).isEmpty();
        assertThat(ReturnPath.of("//elsewhere.example/x.xhtml")).isEmpty();
        assertThat(ReturnPath.of("/\\elsewhere.example/x.xhtml")).isEmpty();
        assertThat(ReturnPath.of("/../etc/x.xhtml")).isEmpty();
        assertThat(ReturnPath.of("/report/new.xhtml#top")).isEmpty();
        assertThat(ReturnPath.of("/report/new.xhtml?x=<script>")).isEmpty();
        assertThat(ReturnPath.of("/login.xhtml?next=/login.xhtml")).isEmpty();
        assertThat(ReturnPath.of("/api/reports")).as("pages only").isEmpty();
        assertThat(ReturnPath.of("/" + "a".repeat(600) + ".xhtml")).isEmpty();
    }
}
