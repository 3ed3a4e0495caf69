package vn.keng.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.keng.TestUsers;
import vn.keng.duty.GongRounds;
import vn.keng.duty.RoundStep;
import vn.keng.duty.Swaps;
import vn.keng.hardening.RealProvidersTest;
import vn.keng.registry.Commune;
import vn.keng.registry.GongPoint;
import vn.keng.registry.Language;
import vn.keng.registry.Person;
import vn.keng.registry.PhoneNumber;
import vn.keng.registry.Registry;
import vn.keng.registry.Role;
import vn.keng.registry.Rotation;
import vn.keng.registry.Village;
import vn.keng.registry.VillageKind;

/**
 * The console in a real browser (Debian's headless Chromium through chromedriver) on the embedded
 * default with Twilio configured, so a confirmation can arrive as a signed SMS webhook: log in, add
 * a household, import a CSV with one bad line (the line shown, nothing written), swap tonight's
 * striker, watch the confirmation arrive live, open the report and download its PDF. A commune of
 * its own keeps the demo commune's night untouched. Skipped without Chromium. Screenshots go to
 * {@code app/target/screenshots} and to {@code -Dkeng.screenshots.dir} when given.
 */
@RealProvidersTest
@org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "keng.it", matches = "true")
class ConsoleBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired Registry registry;
    @Autowired GongRounds rounds;
    @Autowired Swaps swaps;
    @Autowired JdbcTemplate jdbc;

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
    void theClerkRunsTheCommuneFromTheConsole() throws Exception {
        Place place = place();
        size(1280, 900);
        browser.get(url("/console/tonight"));
        assertThat(browser.getCurrentUrl()).endsWith("/console/login");
        screenshot("console-login.png");
        browser.findElement(By.id("username")).sendKeys(TestUsers.ADMIN);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/console/tonight") ? true : null);

        // registry: add a household
        browser.get(url("/console/registry?commune=" + place.commune.getId() + "&village=" + place.village.getId()));
        WebElement form = browser.findElement(By.id("add-household"));
        form.findElement(By.name("code")).sendKeys("H-01");
        form.findElement(By.name("address")).sendKeys("Xóm Đình, số 5 <b>không đậm</b>");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(() -> browser.findElements(By.id("done")).isEmpty() ? null : true);
        assertThat(browser.findElement(By.id("households")).getText()).contains("H-01", "Xóm Đình, số 5 <b>không đậm</b>");
        assertThat(households(place)).isEqualTo(1);
        screenshot("console-registry.png");

        // import: one bad line, the line shown, nothing written
        browser.findElement(By.id("import-link")).click();
        Path csv = Files.createTempFile("ho-gia-dinh", ".csv"); // uploaded as a file: a multipart form with its CSRF token
        Files.writeString(csv, "ma_ho,dia_chi,ho_ten,so_dien_thoai,vai_tro\n"
                + "H-02,Xóm Chùa,Trần Văn Bình,,\nH-03,Xóm Chùa,Lê Thị Cúc,0912-XYZ,\nH-04,Xóm Giếng,Phạm Văn Dũng,,STRIKER\n");
        browser.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("preview")).click();
        WebElement errors = waitFor(() -> browser.findElement(By.id("import-errors")));
        assertThat(errors.getText()).contains("3", "bad phone '0912-XYZ'");
        assertThat(browser.findElements(By.id("confirm"))).isEmpty();
        assertThat(browser.findElement(By.id("csv")).getAttribute("value")).as("the file's text, to fix and preview again")
                .contains("Lê Thị Cúc,0912-XYZ");
        Files.delete(csv);
        assertThat(households(place)).isEqualTo(1);
        screenshot("console-import.png");

        // tonight: swap the striker, start the round, a signed SMS confirms, the page shows it without reloading
        browser.get(url("/console/tonight?commune=" + place.commune.getId()));
        WebElement row = browser.findElement(By.cssSelector("tr[data-point='" + place.point.getId() + "']"));
        assertThat(row.findElement(By.className("striker")).getText()).contains(place.first.getName());
        new Select(row.findElement(By.name("personId"))).selectByVisibleText(place.second.getName());
        row.findElement(By.cssSelector("form.swap button")).click();
        waitFor(() -> browser.findElements(By.id("done")).isEmpty() ? null : true);
        assertThat(striker(place)).contains(place.second.getName());

        LocalDate night = swaps.today(place.commune.getId());
        rounds.run(place.commune.getId(), night, RoundStep.START);
        browser.navigate().refresh();
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getAttribute("data-stream-open")) ? true : null);
        assertThat(status(place)).isEqualTo("PENDING");
        js("document.body.setAttribute('data-marker', 'same page')");
        assertThat(twilioSms(place.second.getPhone().e164(), "1")).isEqualTo(200);
        waitFor(() -> "PENDING".equals(status(place)) ? null : true);
        assertThat(status(place)).isIn("ON_TIME", "LATE");
        assertThat(js("return document.body.getAttribute('data-marker')")).as("updated live, not reloaded").isEqualTo("same page");
        assertThat(browser.findElement(By.cssSelector("tr[data-point='" + place.point.getId() + "'] .confirmed")).getText())
                .matches("(?s)\\d\\d:\\d\\d.*" + place.second.getName() + ".*");
        // a resident reports a fire by SMS: the open incident appears with its timeline, still without reloading
        assertThat(twilioSms(place.resident.getPhone().e164(), "có cháy ở nhà tôi")).isEqualTo(200);
        WebElement incident = waitFor(() -> browser.findElements(By.cssSelector("article.incident")).stream().findFirst()
                .orElse(null));
        assertThat(incident.getText()).contains("Cháy", "Thôn Đình", "Báo sự cố");
        assertThat(js("return document.body.getAttribute('data-marker')")).isEqualTo("same page");
        screenshot("console-tonight.png");
        size(412, 915);
        browser.navigate().refresh();
        screenshot("console-tonight-phone.png");
        size(1280, 900);

        // rosters
        browser.get(url("/console/rosters?point=" + place.point.getId()));
        assertThat(browser.findElement(By.cssSelector("#calendar li[data-date='" + night + "']")).getText())
                .contains(place.second.getName());
        screenshot("console-rosters.png");

        // reports: the chart and tables, the PDF downloads
        browser.get(url("/console/reports?period=" + night.getYear()));
        waitFor(() -> (Boolean) js("const img = document.getElementById('chart');"
                + "return img && img.complete && img.naturalWidth > 0 ? true : null"));
        assertThat(browser.findElements(By.cssSelector("section.section")).size()).isGreaterThan(2);
        screenshot("console-reports.png");
        String pdf = browser.findElement(By.cssSelector("#files a[data-format=pdf]")).getAttribute("href");
        HttpResponse<byte[]> file = fetch(pdf);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".pdf");

        // the English switch
        browser.findElement(By.id("lang-en")).click();
        assertThat(browser.findElement(By.cssSelector("nav.areas")).getText()).contains("Tonight", "Registry", "Reports");
        browser.findElement(By.id("lang-vi")).click();
        assertThat(pageOverflow()).isLessThanOrEqualTo(0);
    }

    /** A commune of the test's own: a village, a gong point, its striker, a second striker, a resident. */
    record Place(Commune commune, Village village, GongPoint point, Person first, Person second, Person resident) {
    }

    private Place place() {
        Commune commune = registry.createCommune("Xã Thử Trình Duyệt " + UUID.randomUUID().toString().substring(0, 8),
                "Thanh Hóa");
        // the round starts now on the real clock: a time zone where it is about noon keeps 22:00 ahead
        int offset = Math.max(-12, Math.min(14, 12 - java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).getHour()));
        registry.changeCommune(commune.getId(), vn.keng.registry.CommuneChange.initial(
                java.time.ZoneOffset.ofHours(offset), java.time.LocalTime.of(22, 0), null, Language.VI));
        Village village = registry.createVillage(commune.getId(), "Thôn Đình", VillageKind.THON, 40);
        GongPoint point = registry.createGongPoint(village.getId(), "Kẻng đình làng", true, null, null);
        Person first = registry.createPerson(commune.getId(), "Nguyễn Văn Kẻng", phone(),
                EnumSet.of(Role.RESIDENT, Role.STRIKER), village.getId(), null, Language.VI);
        Person second = registry.createPerson(commune.getId(), "Hoàng Thị Thay", phone(),
                EnumSet.of(Role.RESIDENT, Role.STRIKER), village.getId(), null, Language.VI);
        Person resident = registry.createPerson(commune.getId(), "Đỗ Văn Dân", phone(), EnumSet.of(Role.RESIDENT),
                village.getId(), null, Language.VI);
        LocalDate today = swaps.today(commune.getId());
        registry.setRoster(point.getId(), Rotation.FIXED, today, List.of(first.getId()), null);
        return new Place(commune, village, point, first, second, resident);
    }

    private static PhoneNumber phone() {
        return PhoneNumber.parse(String.format("+8496%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
    }

    private long households(Place place) {
        return jdbc.queryForObject("select count(*) from household where village_id = ?", Long.class, place.village.getId());
    }

    private String status(Place place) {
        return browser.findElement(By.cssSelector("tr[data-point='" + place.point.getId() + "']")).getAttribute("data-status");
    }

    private String striker(Place place) {
        return browser.findElement(By.cssSelector("tr[data-point='" + place.point.getId() + "'] .striker")).getText();
    }

    /** An inbound SMS as Twilio posts it, signed with the account's token. */
    private int twilioSms(String from, String body) throws Exception {
        Map<String, String> params = new TreeMap<>(Map.of("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""),
                "From", from, "Body", body, "To", "+15005550006"));
        StringBuilder signed = new StringBuilder(RealProvidersTest.PUBLIC_URL + "/webhooks/sms/twilio");
        params.forEach((k, v) -> signed.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(RealProvidersTest.TWILIO_TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        String form = params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/webhooks/sms/twilio")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A link of the page, fetched with the browser's session. */
    private HttpResponse<byte[]> fetch(String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void size(int width, int height) {
        browser.manage().window().setSize(new Dimension(Math.max(width, 800), height + 100));
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private <T> T waitFor(java.util.function.Supplier<T> found) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class).until(d -> found.get());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private long pageOverflow() {
        return ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        String extra = System.getProperty("keng.screenshots.dir");
        if (extra != null && !extra.isBlank()) {
            Files.createDirectories(Path.of(extra));
            Files.copy(shot.toPath(), Path.of(extra, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
