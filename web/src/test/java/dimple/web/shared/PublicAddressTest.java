package dimple.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where a redirect sends the browser, with and without DIMPLE_PUBLIC_URL: never to the host a client claimed. */
class PublicAddressTest {
    private final PublicAddress unset = PublicAddress.of(null);
    private final PublicAddress configured = PublicAddress.of("https://Dimple.Example.com/");

    @Test
    void withoutAPublicAddress_aRedirectIsAPathOnThisServer() {
        assertThat(unset.location("/login.xhtml", "/index.xhtml", "evil.example")).isEqualTo("/login.xhtml");
        assertThat(unset.location("index.xhtml?x=1", "/report/new.xhtml", "evil.example")).isEqualTo("index.xhtml?x=1");
    }

    @Test
    void anAbsoluteLocationOnTheRequestedHost_losesTheHost() {
        assertThat(unset.location("http://evil.example:8080/login.xhtml?a=b#c", "/index.xhtml", "evil.example")).isEqualTo("/login.xhtml?a=b#c");
        assertThat(unset.location("https://EVIL.example", "/index.xhtml", "evil.example")).isEqualTo("/");
        assertThat(unset.location("//evil.example/x", "/index.xhtml", "evil.example")).isEqualTo("/x");
        assertThat(configured.location("http://evil.example/api/reports/1", "/api/reports", "evil.example"))
                .isEqualTo("https://dimple.example.com/api/reports/1");
    }

    @Test
    void withAPublicAddress_everyRedirectNamesIt_relativeOnesResolvedAgainstThePageAsked() {
        assertThat(configured.location("/login.xhtml", "/index.xhtml", "evil.example")).isEqualTo("https://dimple.example.com/login.xhtml");
        assertThat(configured.location("view.xhtml?id=7", "/report/new.xhtml", "evil.example"))
                .isEqualTo("https://dimple.example.com/report/view.xhtml?id=7");
        assertThat(configured.location("../index.xhtml", "/report/new.xhtml", "x")).isEqualTo("https://dimple.example.com/index.xhtml");
        assertThat(configured.location("../../../a", "/report/new.xhtml", "x")).isEqualTo("https://dimple.example.com/a");
        assertThat(PublicAddress.of("http://127.0.0.1:9090").location("/x", "/", "h")).isEqualTo("http://127.0.0.1:9090/x");
    }

    @Test
    void aLocationOnAnotherSiteOrScheme_isLeftAsTheApplicationWroteIt() {
        assertThat(configured.location("https://help.example.org/faq", "/index.xhtml", "dimple.example.com")).isEqualTo("https://help.example.org/faq");
        assertThat(unset.location("mailto:help@example.org", "/index.xhtml", "mailto")).isEqualTo("mailto:help@example.org");
    }

    @Test
    void aPublicAddressThatIsNotJustSchemeHostAndPort_isRefusedWithTheReason() {
        for (String wrong : new String[] {"dimple.example.com", "ftp://dimple.example.com", "https://dimple.example.com/dimple",
                "https://dimple.example.com/?a=b", "https://user@dimple.example.com", "https://"}) {
            assertThatThrownBy(() -> PublicAddress.of(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dimple.public.url");
        }
        assertThat(PublicAddress.of("  ").isConfigured()).isFalse();
    }
}
