package fr.normandie.ecoles.app.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system's headless Chromium, driven by the system's chromedriver (never a downloaded one), on the
 * deployed application: sign in, fill fields, wait for the page, keep screenshots in
 * {@code target/screenshots}, and check a page with axe-core (taken from the npm registry into target/).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String AXE_VERSION = "4.14.1";
    private static final Path TARGET = Path.of(System.getProperty("project.root", "."), "modules/app/target");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final URL base;
    private final ChromeDriver driver;

    private Browser(URL base, ChromeDriver driver) {
        this.base = base;
        this.driver = driver;
    }

    /** Skips the test (an assumption) where the system has no Chromium or chromedriver. */
    static Browser open(URL base) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=fr-FR",
                "--window-size=1280,1600");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL")); // for consoleErrors()
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(base, new ChromeDriver(service, options));
    }

    void go(String path) {
        driver.get(base.toString() + path.replaceFirst("^/", ""));
    }

    void signIn(String user, String password) {
        go("login.xhtml");
        type("signIn:username", user);
        type("signIn:password", password);
        click("signIn:submit");
        waitFor(By.id("signOut:button"));
    }

    void signOut() {
        click("signOut:button");
        waitFor(By.id("signIn:username"));
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    /**
     * Clicks a button that reloads the page, and waits for the new page. While it reloads, Chromium may answer
     * that the button's node no longer belongs to the document rather than that it is stale (more often on a
     * long page or a busy machine); either way the old page is gone.
     */
    void submit(String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        new WebDriverWait(driver, WAIT).until(page -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** Waits until the element holds the text (an ajax update, say). */
    void waitForText(By what, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(what, text));
    }

    void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).until(condition);
    }

    String text(By what) {
        return driver.findElement(what).getText();
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Fetches an address of the application (a link's {@code href}) as this browser would, with its session
     * cookie, without leaving the page: for downloads, which headless Chromium does not show.
     */
    HttpResponse<byte[]> fetch(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI address = URI.create(base.toString()).resolve(href);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(address).header("Cookie", cookies).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The errors Chromium wrote to the page's console since the last call (the log is read once), among which
     * every Content-Security-Policy violation: "Refused to execute inline script because it violates ...".
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Keeps a picture of the page in target/screenshots. */
    void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(TARGET.resolve("screenshots"));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core on the page: no serious or critical violation of accessibility rules (RGAA, WCAG). */
    void assertAccessible(String page) {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object violations = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => ({rule: v.id, impact: v.impact, help: v.help, where: v.nodes.map(n => n.target.join(' '))})))));");
        assertThat(violations).as("serious or critical axe-core violations on " + page).isEqualTo("[]");
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axeSource() {
        Path axe = TARGET.resolve("axe-core/package/axe.min.js");
        try {
            if (!Files.exists(axe)) {
                fetchAxe(axe.getParent().getParent());
            }
            return Files.readString(axe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code npm pack axe-core}, unpacked beside the build's output: once per clean build. */
    private static void fetchAxe(Path directory) throws IOException {
        Files.createDirectories(directory);
        run(directory, "npm", "pack", "--silent", "axe-core@" + AXE_VERSION);
        run(directory, "tar", "xzf", "axe-core-" + AXE_VERSION + ".tgz");
    }

    private static void run(Path directory, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(new File(directory.toFile(), "npm.log")).start();
        try {
            assertThat(process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0)
                    .as(String.join(" ", command) + " (see " + directory.resolve("npm.log") + ")").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
