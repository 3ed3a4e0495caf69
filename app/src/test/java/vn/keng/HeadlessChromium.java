package vn.keng;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver, for the browser tests and the page
 * benchmark. A test that needs it is skipped (not failed) when either is missing; {@code .ci/run}
 * installs both ({@code apt-get install chromium chromium-driver}).
 */
public final class HeadlessChromium {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private HeadlessChromium() {
    }

    /** A new browser (Vietnamese first, scripts may run 20 s), or the test is skipped. */
    public static ChromeDriver start() {
        String binary = CHROMIUM.stream().filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        String driver = DRIVERS.stream().filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        Assumptions.assumeTrue(binary != null && driver != null,
                "Chromium and chromedriver are not installed (apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(binary)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return browser;
    }
}
