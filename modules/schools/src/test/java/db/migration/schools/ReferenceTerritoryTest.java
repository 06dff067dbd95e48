package db.migration.schools;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceTerritoryTest {

    @Test
    void splitsQuotedFieldsThatHoldCommas() {
        assertThat(CsvLine.fields("200042604,\"CC de Granville, Terre et Mer\",CC,46959,50"))
                .containsExactly("200042604", "CC de Granville, Terre et Mer", "CC", "46959", "50");
        assertThat(CsvLine.fields("a,\"say \"\"hi\"\"\",,b")).containsExactly("a", "say \"hi\"", "", "b");
    }

    @Test
    void readsEveryCommuneAndIntercommunalityOfTheReferenceFiles() {
        List<List<String>> communes = R__Reference_territory.rows("reference/normandie-communes.csv");
        List<List<String>> epci = R__Reference_territory.rows("reference/normandie-epci.csv");

        assertThat(communes).hasSize(2644).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(communes).anySatisfy(row -> assertThat(row).startsWith("61214", "L'Aigle", "61"));
        assertThat(epci).hasSize(71).allSatisfy(row -> assertThat(row).hasSize(5));
    }

    @Test
    void itsChecksumFollowsTheFilesContent() {
        assertThat(new R__Reference_territory().getChecksum()).isEqualTo(new R__Reference_territory().getChecksum());
    }
}
