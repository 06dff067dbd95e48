package fr.normandie.ecoles.app.exports;

import java.util.List;

/** A table to export: a title (the sheet's name), French column headers and rows of plain values. */
public record Table(String title, List<String> headers, List<List<Object>> rows) {
}
