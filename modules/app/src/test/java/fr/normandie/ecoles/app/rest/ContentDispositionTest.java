package fr.normandie.ecoles.app.rest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {

    @Test
    void givesAPlainNameAsItIs() {
        assertThat(ContentDisposition.attachment("etude-2026.pdf"))
                .isEqualTo("attachment; filename=\"etude-2026.pdf\"; filename*=UTF-8''etude-2026.pdf");
    }

    @Test
    void keepsAccentsInTheEncodedNameAndReplacesThemInTheAsciiOne() {
        assertThat(ContentDisposition.attachment("Étude d'opportunité.pdf")).isEqualTo(
                "attachment; filename=\"_tude d'opportunit_.pdf\"; filename*=UTF-8''%C3%89tude%20d%27opportunit%C3%A9.pdf");
    }

    @Test
    void letsNoQuoteBackslashOrLineBreakOutOfTheHeader() {
        String header = ContentDisposition.attachment("a\"; filename=evil.exe\\\r\nX-Injected: 1.pdf");

        assertThat(header).doesNotContain("\r", "\n", "\\")
                .startsWith("attachment; filename=\"a_; filename=evil.exe___X-Injected: 1.pdf\"; filename*=UTF-8''")
                .contains("%22%3B%20filename%3Devil.exe%5C%0D%0AX-Injected%3A%201.pdf");
    }
}
