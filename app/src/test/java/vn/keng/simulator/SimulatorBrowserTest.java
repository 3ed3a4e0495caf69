package vn.keng.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.keng.LiveAppTest;

/**
 * The simulator page in a real browser (Debian's headless Chromium through chromedriver), as a
 * person would use it: at phone width (412 px) the chat is on screen; a report arrives with its chart
 * shown and its PDF and workbook to download; roles read as words; the outbox names its recipients.
 * Skipped when Chromium or chromedriver is not installed ({@code apt-get install chromium chromium-driver}).
 * Screenshots go to {@code app/target/screenshots}, and to {@code -Dkeng.screenshots.dir} when given
 * (the README's pictures: {@code -Dkeng.screenshots.dir=$PWD/docs/images}).
 */
@LiveAppTest
// the page is the embedded default's; on PostgreSQL the shared database holds other suites' outbox rows
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "keng.it", matches = "true")
class SimulatorBrowserTest {

    static final String OFFICIAL = "Lê Văn Hòa (UBND xã)";
    static ChromeDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        browser = vn.keng.HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void onAPhoneAnOfficialAsksForAReportAndGetsTheChartThePdfAndTheWorkbook() throws Exception {
        open(412, 915);
        WebElement official = waitFor(() -> person(OFFICIAL));
        assertThat(official.findElement(By.className("roles")).getText()).isEqualTo("Cán bộ UBND");
        assertThat(browser.findElement(By.id("people")).getText())
                .contains("Người dân", "Người đánh kẻng", "Trưởng thôn", "Công an xã")
                .doesNotContain("RESIDENT", "STRIKER", "VILLAGE_HEAD", "OFFICIAL", "POLICE");
        official.click();

        WebElement chat = browser.findElement(By.id("chat-pane"));
        assertThat(chat.isDisplayed()).isTrue();
        assertOnScreen(chat);
        assertThat(chat.getRect().getWidth()).as("the chat takes the phone's width").isGreaterThan(380);
        assertOnScreen(browser.findElement(By.id("text")));
        assertOnScreen(browser.findElement(By.id("send")));
        browser.findElement(By.id("text")).sendKeys("BC 2026\n");

        // the list is drawn anew on every change: read the report's bubble in one go, by its message id
        String id = waitFor(() -> (String) js("const li = [...document.querySelectorAll('#messages li.out')]"
                + ".filter(li => li.querySelector('.files img')).pop(); return li ? li.dataset.id : null"));
        String item = "#messages li.out[data-id='" + id + "']";
        waitFor(() -> (Boolean) js("const img = document.querySelector(arguments[0] + ' .files img');"
                + "return img && img.complete && img.naturalWidth > 0 ? true : null", item));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> bubble = (java.util.Map<String, Object>) js("const li = document.querySelector(arguments[0]);"
                + "return {text: li.innerText, chartWidth: li.querySelector('.files img').getBoundingClientRect().width,"
                + "files: [...li.querySelectorAll('.files a.file')].map(a => a.textContent.trim()),"
                + "hrefs: [...li.querySelectorAll('.files a.file')].map(a => a.href)}", item);
        assertThat(((Number) bubble.get("chartWidth")).doubleValue()).isPositive().isLessThanOrEqualTo(width());
        assertThat((List<?>) bubble.get("files")).satisfiesExactly(pdf -> assertThat((String) pdf).endsWith(".pdf"),
                xlsx -> assertThat((String) xlsx).endsWith(".xlsx"));
        List<?> hrefs = (List<?>) bubble.get("hrefs");
        byte[] pdf = fetch((String) hrefs.get(0));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(fetch((String) hrefs.get(1))).startsWith('P', 'K'); // a zip: the workbook
        assertThat((String) bubble.get("text")).contains("lượt đánh kẻng", "Tôi đến ngay");
        js("document.querySelector(arguments[0]).scrollIntoView({block: 'end'})", item);
        screenshot("simulator-report-phone.png");

        browser.findElement(By.cssSelector("#views [data-view=outbox]")).click();
        assertThat(browser.findElement(By.id("outbox-pane")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("chat-pane")).isDisplayed()).isFalse();
        waitFor(() -> (Boolean) js("return [...document.querySelectorAll('#outbox td.to')]"
                + ".some(td => td.innerText.startsWith(arguments[0])) || null", OFFICIAL));
        assertThat(pageOverflow()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
    }

    @Test
    void aResidentReportsAFireOnAWideScreenAndTheEnglishPageNamesRolesInEnglish() throws Exception {
        open(1280, 800);
        WebElement resident = waitFor(() -> browser.findElements(By.cssSelector("#people li")).stream()
                .filter(li -> li.getText().contains("Làng Mường Chuông")
                        && li.findElement(By.className("roles")).getText().equals("Người dân"))
                .reduce((a, b) -> b).orElse(null));
        resident.click();
        browser.findElement(By.id("text")).sendKeys("có cháy ở nhà ông Ba\n");
        waitFor(() -> (Boolean) js("return [...document.querySelectorAll('#messages li.in .understood')]"
                + ".some(u => u.innerText.includes('FIRE')) || null"));
        waitFor(() -> (Boolean) js("return document.querySelectorAll('#messages li.out').length > 0 || null"));
        waitFor(() -> (Boolean) js("return document.querySelectorAll('#outbox tr').length > 3 || null"));
        assertThat(browser.findElement(By.id("people-pane")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("outbox-pane")).isDisplayed()).isTrue();
        screenshot("simulator-fire-wide.png");

        new Select(browser.findElement(By.id("lang"))).selectByValue("en");
        assertThat(browser.findElement(By.id("people")).getText()).contains("Resident", "Gong striker", "Village head")
                .doesNotContain("Người dân");
        new Select(browser.findElement(By.id("lang"))).selectByValue("vi");
    }

    /** The page in a viewport of exactly this size (a phone's is emulated as a phone: touch, no scrollbars). */
    private void open(int width, int height) {
        browser.manage().window().setSize(new Dimension(Math.max(width, 800), height + 100));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.get("http://127.0.0.1:" + port + "/simulator");
        js("localStorage.setItem('keng.lang', 'vi')");
        browser.navigate().refresh();
        assertThat(width()).isEqualTo(width);
    }

    private WebElement person(String name) {
        return browser.findElements(By.cssSelector("#people li")).stream().filter(li -> li.getText().startsWith(name))
                .findFirst().orElse(null);
    }

    private <T> T waitFor(java.util.function.Supplier<T> found) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> found.get());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private long width() {
        return ((Number) js("return window.innerWidth")).longValue();
    }

    /** How many CSS pixels the page is wider than the window (0 or less: no sideways scrolling). */
    private long pageOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    private void assertOnScreen(WebElement element) {
        var rect = element.getRect();
        assertThat(rect.getX()).as(element.getAttribute("id") + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(rect.getX() + rect.getWidth()).as(element.getAttribute("id") + " right edge").isLessThanOrEqualTo((int) width());
    }

    private byte[] fetch(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        String docs = System.getProperty("keng.screenshots.dir");
        if (docs != null && !docs.isBlank()) {
            Files.createDirectories(Path.of(docs));
            Files.copy(shot.toPath(), Path.of(docs, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
