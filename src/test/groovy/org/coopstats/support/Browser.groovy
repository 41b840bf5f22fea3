package org.coopstats.support

import org.openqa.selenium.OutputType
import org.openqa.selenium.WebDriver
import org.openqa.selenium.chrome.ChromeDriver
import org.openqa.selenium.chrome.ChromeDriverService
import org.openqa.selenium.chrome.ChromeOptions
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait

import java.nio.file.Files
import java.time.Duration
import java.nio.file.Path
import java.nio.file.StandardCopyOption

/** Debian's headless Chromium driven through its chromedriver, as a person's browser would be. */
class Browser implements Closeable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots")

    final WebDriver driver

    /** Where files this browser downloads land, one folder per browser. */
    final Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "browser")

    Browser(int width = 1280, int height = 900) {
        def service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv("CHROMEDRIVER") ?: "/usr/bin/chromedriver"))
                .build()
        def options = new ChromeOptions()
                .setBinary(System.getenv("CHROMIUM") ?: "/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=${width},${height}".toString(),
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"))
        options.setExperimentalOption("prefs", ["download.default_directory": downloads.toAbsolutePath().toString(),
                                                "download.prompt_for_download": false])
        driver = new ChromeDriver(service, options)
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5))
    }

    void fill(String id, String value) {
        def field = driver.findElement(org.openqa.selenium.By.id(id))
        field.clear()
        field.sendKeys(value)
    }

    /** Chooses the option with this value (a code) in the select with this id. */
    void choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(org.openqa.selenium.By.id(id))).selectByValue(value)
    }

    String text(String css) {
        driver.findElement(org.openqa.selenium.By.cssSelector(css)).text
    }

    void click(String css) {
        driver.findElement(org.openqa.selenium.By.cssSelector(css)).click()
    }

    /** Signs in through the form, as a person would, and waits for the account page. */
    void signIn(URL base, String email, String password) {
        open(base, "/sign-in")
        fill("email", email)
        fill("password", password)
        click("button[type=submit]")
        waitForUrlContaining("/account")
    }

    /** On a signed-in officer's return page of the cycle, starts the draft and waits for it. */
    void startDraft(URL base, String cycle) {
        open(base, "/returns/" + cycle)
        click("form[action='/returns/" + cycle + "/start'] button")
        waitForPath("/returns/" + cycle)
    }

    /** After a click that navigates: waits until the address shows where the browser went. */
    void waitForUrlContaining(String fragment) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment))
    }

    /** After a click that navigates to a page whose address is a prefix of the current one. */
    void waitForPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until { new URL(driver.currentUrl).path == path }
    }

    void open(URL base, String path) {
        driver.get(new URL(base, path).toString())
    }

    /** Waits for a download whose name matches and is complete, and gives its file. */
    Path downloaded(String namePattern) {
        Path file = null
        new WebDriverWait(driver, Duration.ofSeconds(15)).until {
            file = Files.list(downloads).withCloseable { files ->
                files.filter { it.fileName.toString() ==~ namePattern }.findFirst().orElse(null)
            }
            file != null
        }
        file
    }

    Path screenshot(String name) {
        Files.createDirectories(SCREENSHOTS)
        File shot = driver.getScreenshotAs(OutputType.FILE)
        Path target = SCREENSHOTS.resolve(name + ".png")
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING)
        target
    }

    @Override
    void close() {
        driver.quit()
    }
}
