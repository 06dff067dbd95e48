/** Tables for download: CSV (semicolon-separated, UTF-8 with BOM, as French spreadsheets expect) and XLSX. */
package fr.normandie.ecoles.app.exports;
