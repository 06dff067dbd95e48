package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.schools.ExportFormat;

/** The close of each budget year, and its export for the accounting system. */
public interface YearCloses {

    /** The year's close as it stands (a year not over yet: so far). */
    YearClose close(int year);

    /**
     * The year's movements, one line per commitment made, payment made and release recorded in the year,
     * each with its deliberation, the school's SIREN (the carrier's) and the budget line.
     */
    FileContent export(int year, ExportFormat format);
}
