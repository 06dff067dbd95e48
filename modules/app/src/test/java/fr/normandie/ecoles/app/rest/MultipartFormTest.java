package fr.normandie.ecoles.app.rest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MultipartFormTest {

    @Test
    void readsAgainAsUtf8AFileNameTheParserReadAsLatin1() {
        String sent = "Étude d'opportunité.pdf";
        String parsed = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(MultipartForm.asUtf8(parsed)).isEqualTo(sent);
    }

    @Test
    void keepsPlainAndRealLatin1NamesAsTheyAre() {
        assertThat(MultipartForm.asUtf8("lettre.pdf")).isEqualTo("lettre.pdf");
        assertThat(MultipartForm.asUtf8("Étude.pdf")).isEqualTo("Étude.pdf");
        assertThat(MultipartForm.asUtf8("Étude ✓.pdf")).isEqualTo("Étude ✓.pdf");
    }
}
