package fr.normandie.ecoles.app.web.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTest {

    @Test
    void theCharactersThatEndATextOrAnAttributeAreEscaped() {
        assertThat(Markup.escape("École \"L'Atelier\" <b>& co</b>"))
                .isEqualTo("École &quot;L&#39;Atelier&quot; &lt;b&gt;&amp; co&lt;/b&gt;");
    }

    @Test
    void plainTextIsLeftAsItIs() {
        String path = "M10.0,20.5L30.1,40.2Z";
        assertThat(Markup.escape(path)).isSameAs(path);
        assertThat(Markup.escape("Seine-Maritime")).isEqualTo("Seine-Maritime");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(Markup.escape(null)).isEmpty();
    }
}
