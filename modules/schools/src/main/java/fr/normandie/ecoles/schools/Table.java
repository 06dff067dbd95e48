package fr.normandie.ecoles.schools;

import java.util.List;

/**
 * A table to export: its name (the spreadsheet's sheet), its French headers, and its rows. A cell is
 * text, an amount in euros ({@code BigDecimal}), a date ({@code LocalDate}), a whole number, or empty (null).
 */
public record Table(String name, List<String> headers, List<List<Object>> rows) {
}
