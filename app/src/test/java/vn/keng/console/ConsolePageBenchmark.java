package vn.keng.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.keng.KengApplication;

/**
 * How long each console page takes to load with its data on a phone over a throttled 3G link, cold
 * (no cache): Chromium's DevTools presets "3G" (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up)
 * and "Slow 3G" (2 s round trip, 400 kbit/s both ways), a 390×844 window, the demo commune. Prints
 * the median and the worst of five loads (navigation start to the load event: the pages are rendered
 * on the server with their data) and the bytes transferred. A benchmark, not a test:
 * {@code mvn -B -pl app -am verify -Pbenchmark -Dtest=ConsolePageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (on the PostgreSQL and Redis of {@code keng.it.*}); figures in docs/console.md.
 */
@Tag("benchmark")
@SpringBootTest(classes = KengApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"keng.admin.username=bench-admin", "keng.admin.password=bench-secret", "keng.demo.enabled=true"})
class ConsolePageBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ConsolePageBenchmark.class);
    private static final List<String> PAGES = List.of("/console/tonight", "/console/registry", "/console/rosters",
            "/console/reports");
    private static final int LOADS = 5;

    static ChromeDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        browser = vn.keng.HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void consolePagesOnAPhoneOver3g() {
        browser.get("http://127.0.0.1:" + port + "/console/login");
        browser.findElement(By.id("username")).sendKeys("bench-admin");
        browser.findElement(By.id("password")).sendKeys("bench-secret");
        browser.findElement(By.id("login")).click();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        for (String page : PAGES) { // warm the server (templates, first queries) before measuring
            browser.get("http://127.0.0.1:" + port + page);
        }
        measure("3G", Duration.ofMillis(563), 180_000, 84_375);
        measure("Slow 3G", Duration.ofMillis(2000), 50_000, 50_000);
    }

    private void measure(String link, Duration latency, int downBytesPerSecond, int upBytesPerSecond) {
        browser.setNetworkConditions(new ChromiumNetworkConditions().setLatency(latency)
                .setDownloadThroughput(downBytesPerSecond).setUploadThroughput(upBytesPerSecond));
        for (String page : PAGES) {
            List<Long> millis = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < LOADS; i++) {
                browser.get("http://127.0.0.1:" + port + page);
                Map<?, ?> timing = (Map<?, ?>) browser.executeScript("""
                        const nav = performance.getEntriesByType('navigation')[0];
                        const res = performance.getEntriesByType('resource');
                        return {load: nav.loadEventEnd - nav.startTime,
                                bytes: nav.transferSize + res.reduce((s, r) => s + r.transferSize, 0)};""");
                millis.add(Math.round(((Number) timing.get("load")).doubleValue()));
                bytes = ((Number) timing.get("bytes")).longValue();
            }
            Collections.sort(millis);
            log.info("CONSOLE {} {}: median {} ms, worst {} ms over {} cold loads, {} KiB transferred", link, page,
                    millis.get(LOADS / 2), millis.get(LOADS - 1), LOADS, Math.round(bytes / 1024.0));
        }
        browser.deleteNetworkConditions();
    }
}
