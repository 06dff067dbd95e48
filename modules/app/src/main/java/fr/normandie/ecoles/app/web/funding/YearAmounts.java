package fr.normandie.ecoles.app.web.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The amounts of a grant typed one per year, a row each ({@code amounts:0:item}, where {@code FormErrors} shows the
 * refusal of {@code amounts[0]}): the grants module checks each year's amount and answers for each.
 */
public final class YearAmounts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One year's row: its label (the year, or its rank in a request) and the amount typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private BigDecimal amount;

        Row(String label) {
            this.label = label;
        }

        public String getLabel() { return label; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    private final List<Row> rows;

    private YearAmounts(List<Row> rows) {
        this.rows = rows;
    }

    /** A row per year of a grant, labelled with its year. */
    public static YearAmounts of(List<Integer> years) {
        return new YearAmounts(new ArrayList<>(years.stream().map(y -> new Row(String.valueOf(y))).toList()));
    }

    /** {@code count} rows labelled by rank (1, 2, …): a request's years, the first chosen apart. */
    public static YearAmounts ranked(int count) {
        return new YearAmounts(new ArrayList<>(IntStream.rangeClosed(1, count).mapToObj(String::valueOf).map(Row::new).toList()));
    }

    public List<Row> getRows() {
        return rows;
    }

    /**
     * The amounts typed, from the first row to the last one typed: none when nothing is typed; a row left blank
     * before the last one typed stays in the list, empty, for the module to say it is missing.
     */
    public List<BigDecimal> typed() {
        int last = IntStream.range(0, rows.size()).filter(i -> rows.get(i).amount != null).max().orElse(-1);
        return new ArrayList<>(rows.subList(0, last + 1).stream().map(Row::getAmount).toList());
    }

    /** Every row's amount, blank ones included (a grant's years are all due an amount). */
    public List<BigDecimal> all() {
        return typed().isEmpty() ? List.of() : new ArrayList<>(rows.stream().map(Row::getAmount).toList());
    }
}
