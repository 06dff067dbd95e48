package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

    @Test
    void recognisesPdfAndImagesByTheirSignature() {
        assertThat(ContentSniffer.detect(SampleDocuments.pdf())).contains(DocumentType.PDF);
        assertThat(ContentSniffer.detect(SampleDocuments.png())).contains(DocumentType.PNG);
        assertThat(ContentSniffer.detect(SampleDocuments.jpeg())).contains(DocumentType.JPEG);
    }

    @Test
    void recognisesOfficeOpenXmlFilesByTheirContentTypes() {
        assertThat(ContentSniffer.detect(SampleDocuments.docx())).contains(DocumentType.DOCX);
        assertThat(ContentSniffer.detect(SampleDocuments.xlsx())).contains(DocumentType.XLSX);
    }

    @Test
    void recognisesOpenDocumentFilesByTheirMimetypeEntry() {
        assertThat(ContentSniffer.detect(SampleDocuments.odt())).contains(DocumentType.ODT);
        assertThat(ContentSniffer.detect(SampleDocuments.ods())).contains(DocumentType.ODS);
    }

    @Test
    void recognisesLegacyWordAndExcelFilesByTheirMainStream() {
        assertThat(ContentSniffer.detect(SampleDocuments.doc())).contains(DocumentType.DOC);
        assertThat(ContentSniffer.detect(SampleDocuments.xls())).contains(DocumentType.XLS);
    }

    @Test
    void refusesTextAndExecutablesWhateverTheyAreCalled() {
        assertThat(ContentSniffer.detect(SampleDocuments.text())).isEmpty();
        assertThat(ContentSniffer.detect(SampleDocuments.elf())).isEmpty();
        assertThat(ContentSniffer.detect(SampleDocuments.windowsExecutable())).isEmpty();
        assertThat(ContentSniffer.detect(new byte[0])).isEmpty();
    }

    @Test
    void refusesArchivesAndCompoundFilesThatAreNoAcceptedOfficeFile() {
        assertThat(ContentSniffer.detect(SampleDocuments.zip())).isEmpty();
        assertThat(ContentSniffer.detect(SampleDocuments.docm())).isEmpty();
        assertThat(ContentSniffer.detect(SampleDocuments.otherCompoundFile())).isEmpty();
    }

    @Test
    void refusesTruncatedOrForgedContainersWithoutFailing() {
        byte[] docx = SampleDocuments.docx();
        assertThat(ContentSniffer.detect(Arrays.copyOf(docx, 40))).isEmpty();
        byte[] doc = SampleDocuments.doc();
        assertThat(ContentSniffer.detect(Arrays.copyOf(doc, 600))).isEmpty();
        byte[] loop = SampleDocuments.doc();
        loop[512 + 4] = 1; // the directory sector points to itself
        loop[512 + 5] = 0;
        loop[512 + 6] = 0;
        loop[512 + 7] = 0;
        assertThat(ContentSniffer.detect(loop)).contains(DocumentType.DOC);
    }
}
