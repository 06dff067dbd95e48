package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeTest {

    @Test
    void keepsANameWhoseExtensionFitsTheContent() {
        assertThat(DocumentType.PDF.fileNameFor("Étude d'opportunité.PDF")).isEqualTo("Étude d'opportunité.PDF");
        assertThat(DocumentType.JPEG.fileNameFor("photo.jpeg")).isEqualTo("photo.jpeg");
    }

    @Test
    void addsTheRightExtensionToANameThatWouldOpenTheFileAsSomethingElse() {
        assertThat(DocumentType.PNG.fileNameFor("plan.html")).isEqualTo("plan.html.png");
        assertThat(DocumentType.DOCX.fileNameFor("lettre")).isEqualTo("lettre.docx");
    }
}
