package fr.normandie.ecoles.kernel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the rows this call marked are told of: a second round, or another node, finds them marked. */
class TellOnceTest {

    private final Set<String> marked = new HashSet<>();
    private final List<Notice> told = new ArrayList<>();

    @Test
    void tellsOfEachRowOnceAcrossRounds() {
        assertThat(round(List.of("a", "b"))).isEqualTo(2);
        assertThat(round(List.of("a", "b", "c"))).isEqualTo(1);
        assertThat(round(List.of("a", "b", "c"))).isZero();
        assertThat(told).extracting(Notice::what).containsExactly("a", "b", "c");
    }

    @Test
    void aRowAnotherNodeMarkedFirstIsNotTold() {
        marked.add("b");
        assertThat(round(List.of("a", "b"))).isEqualTo(1);
        assertThat(told).extracting(Notice::what).containsExactly("a");
    }

    /** One check; {@code marked.add} stands for the conditional update (true when it changed the row). */
    private int round(List<String> due) {
        return TellOnce.tellEach(due, marked::add, row -> Notice.toRole(Notice.Kind.PAYMENT_DUE, Role.FUNDING,
                "École", row, LocalDate.of(2026, 12, 4), "funding/subsidy.xhtml?id=" + row), told::add);
    }
}
