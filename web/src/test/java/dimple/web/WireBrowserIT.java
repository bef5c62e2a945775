package dimple.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Pages that keep still while they load (issue 18, ADR 38): on a slow connection, where the first paint comes long
 * before the scripts, the layout shift Chromium measures (PerformanceObserver, the same figure Lighthouse reports as
 * CLS) stays at or below 0.05 on the team inbox, the HR coaching records and the lessons board, on a phone and on a
 * desktop.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WireBrowserIT {
    private static final double MOST_SHIFT = 0.05;
    /** Layout shifts from the start of the page, summed as CLS sums them (shifts right after an input do not count). */
    private static final String SHIFT = "var done = arguments[arguments.length - 1]; var sum = 0;"
            + " new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { sum += e.value; } }); })"
            + ".observe({type: 'layout-shift', buffered: true});"
            + " setTimeout(function () { done(sum); }, 1500);";

    @Deployment(testable = false)
    static WebArchive dimple() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("dimple.war", "target/dimple.war")));
    }

    @ArquillianResource
    URL base;

    @Test
    void theInboxTheCoachingRecordsAndTheBoard_doNotShiftWhileTheyLoad_onAPhoneOrADesktop() {
        Map<String, String> pages = Map.of("lena", "report/inbox.xhtml", "hana", "coaching/hr.xhtml", "emma", "lesson/board.xhtml");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            try (Browser browser = Browser.open(base)) {
                browser.signIn(page.getKey(), Http.DEMO_PASSWORD);
                ChromeDriver driver = (ChromeDriver) browser.driver();
                driver.executeCdpCommand("Network.enable", Map.of());
                driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                // Lighthouse's mobile line (the goal's yardstick, bench/lighthouse): 150 ms round trips, 1.6 Mbit/s down,
                // 750 kbit/s up; slow enough that styles and scripts arrive after the first paint.
                driver.executeCdpCommand("Network.emulateNetworkConditions",
                        Map.of("offline", false, "latency", 150, "downloadThroughput", 200_000, "uploadThroughput", 93_750));
                for (int width : List.of(390, 1280)) {
                    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                            Map.of("width", width, "height", width == 390 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width == 390));
                    browser.go(page.getValue());
                    browser.waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                    Number shift = (Number) driver.executeAsyncScript(SHIFT);
                    assertThat(shift.doubleValue()).as(page.getValue() + " at " + width + " px").isLessThanOrEqualTo(MOST_SHIFT);
                }
                driver.executeCdpCommand("Network.emulateNetworkConditions",
                        Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
                driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }
}
