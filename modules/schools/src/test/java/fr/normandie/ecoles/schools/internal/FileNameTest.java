package fr.normandie.ecoles.schools.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNameTest {

    @Test
    void dropsARightToLeftOverrideThatWouldShowAPdfAsAnImage() {
        assertThat(FileName.clean("rapport\u202Egnp.pdf")).isEqualTo("rapportgnp.pdf");
    }

    @Test
    void dropsEveryBidirectionalFormattingAndInvisibleCharacter() {
        String invisible = "\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200B\uFEFF\u2028\u2029";
        assertThat(FileName.clean("etu" + invisible + "de.pdf")).isEqualTo("etude.pdf");
    }

    @Test
    void dropsControlCharactersAndKeepsOnlyTheLastPartOfAPath() {
        assertThat(FileName.clean("C:\\Users\\marie\\bud\u0000get\u0007\n.xlsx")).isEqualTo("budget.xlsx");
        assertThat(FileName.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileName.clean("\u202E..")).isEqualTo("document");
        assertThat(FileName.clean(null)).isEqualTo("document");
    }

    @Test
    void composesAccentsWhateverTheSenderTyped() {
        String decomposed = "E\u0301tude de marche\u0301.pdf";
        assertThat(FileName.clean(decomposed)).isEqualTo("Étude de marché.pdf").hasSize(19);
    }

    @Test
    void cutsALongNameToTwoHundredCharactersKeepingItsExtensionAndWholeCharacters() {
        String emoji = "\uD83D\uDCC4"; // one character, two UTF-16 units
        String name = FileName.clean("a".repeat(195) + emoji + "b".repeat(50) + ".pdf");
        assertThat(name).isEqualTo("a".repeat(195) + ".pdf");
        assertThat(FileName.clean("a".repeat(300) + ".docx")).hasSize(200).endsWith(".docx");
    }
}
