package fr.normandie.ecoles.funding;

import fr.normandie.ecoles.schools.ExportFormat;
import fr.normandie.ecoles.schools.ProjectId;

/** The documents made from the stored decisions: the notification letter and the exports. */
public interface SubsidyDocuments {

    /** The notification letter to the carrier, in French (PDF): amounts, conditions, schedule. */
    FileContent letter(SubsidyId id);

    /** The decisions charged to a year's envelope, one row each. */
    FileContent envelopeExport(int year, ExportFormat format);

    /** The subsidies of a project (a school), one row per line of their schedules, with the payments made. */
    FileContent projectExport(ProjectId project, ExportFormat format);
}
