package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dimple.web.container.OpenIdProviderForTests;
import java.io.File;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person signs in with their organisation's account: the sign-in page's button, the provider's own login page
 * (mock-oauth2-server's form, where the test types the person's groups), and Dimple's dashboard with the roles
 * and team the groups give; signing out ends the session at the provider too and comes back to "You are signed
 * out" (docs/adr/0032).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SingleSignOnBrowserIT {
    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void signingInThroughTheProvidersLoginPage_landsOnTheDashboardAsALeaderOfTheMappedTeam_andSigningOutEndsBothSessions() {
        assumeTrue(OpenIdProviderForTests.server() != null, "no OpenID provider in this run (dimple.test.oidc unset)");
        String username = "lena.sso" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = Browser.open(base)) {
            browser.go("login.xhtml");
            assertThat(browser.text()).contains("Sign in with your organisation's account", "Username", "Password");
            browser.click(By.id("providerSignIn"));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
            assertThat(browser.url()).startsWith(OpenIdProviderForTests.issuer());
            browser.driver().findElement(By.name("username")).sendKeys("subject-" + username);
            var claims = browser.driver().findElement(By.name("claims"));
            claims.clear();
            claims.sendKeys("""
                    {"preferred_username":"%s","name":"Lena Provider","groups":["Front Desk","dimple-leaders"]}""".formatted(username));
            browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
            browser.waiting().until(ExpectedConditions.urlContains("/index.xhtml"));

            assertThat(browser.text()).contains("Lena Provider", "Team inbox", "Team actions");
            browser.screenshot("single-sign-on-dashboard");

            browser.signOut();
            assertThat(browser.url()).contains("/login.xhtml?signedOut=true");
            assertThat(browser.text()).contains("You are signed out.");
            browser.go("index.xhtml");
            assertThat(browser.url()).contains("/login.xhtml");
        }
    }
}
