package fr.normandie.ecoles.app;

import fr.normandie.ecoles.kernel.RegionClockProvider;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bean Validation's configuration is read from the WAR's {@code WEB-INF/classes/META-INF/validation.xml}: a
 * {@code WEB-INF/validation.xml} is silently ignored, and with it the Region's clock (a study dated today in Normandie
 * refused as future between midnight in Paris and midnight UTC; {@code RegionClockProviderTest}).
 */
class ValidationConfigurationTest {

    @Test
    void theRegionsClockIsNamedWhereBeanValidationReadsItsConfiguration() throws Exception {
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream("META-INF/validation.xml")) {
            assertThat(xml).as("META-INF/validation.xml on the application's class path").isNotNull();
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document config = factory.newDocumentBuilder().parse(xml);
            assertThat(config.getElementsByTagNameNS("*", "clock-provider").item(0).getTextContent().strip())
                    .isEqualTo(RegionClockProvider.class.getName());
        }
        assertThat(Path.of("src/main/webapp/WEB-INF/validation.xml")).doesNotExist();
        assertThat(Files.isDirectory(Path.of("src/main/webapp/WEB-INF"))).isTrue();
    }
}
