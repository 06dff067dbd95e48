package fr.normandie.ecoles.app.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test class shares beyond the deployed application: the system's headless Chromium,
 * opened on the application before each test and closed after it.
 */
abstract class InTheBrowser extends DeployedApplication {

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
