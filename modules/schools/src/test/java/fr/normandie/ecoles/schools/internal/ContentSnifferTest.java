package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.DocumentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void refusesAZipBombUnderSpreadsheetNamesInAFractionOfASecond() {
        // Given an archive claiming to be a workbook whose sheet is 64 MiB of zeros (64 KiB compressed)
        byte[] bomb = SampleDocuments.spreadsheetBomb(64 << 20);

        // When it is checked, then it is refused before its sheet is inflated
        long start = System.nanoTime();
        assertThatThrownBy(() -> ContentSniffer.detect(bomb)).isInstanceOf(OfficeArchive.ExpandsTooMuchException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
    }

    @Test
    void refusesAnArchiveOfTooManyEntries() {
        assertThatThrownBy(() -> ContentSniffer.detect(SampleDocuments.zipOfEmptyEntries(OfficeArchive.MAX_ENTRIES + 1)))
                .isInstanceOf(OfficeArchive.ExpandsTooMuchException.class);
        assertThat(ContentSniffer.detect(SampleDocuments.zipOfEmptyEntries(100))).isEmpty();
    }

    @Test
    void acceptsAnHonestWorkbookWhoseSheetsInflateSeveralMegabytes() {
        assertThat(ContentSniffer.detect(SampleDocuments.xlsxWithSheetOf(8 << 20))).contains(DocumentType.XLSX);
    }
}
