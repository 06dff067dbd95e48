package fr.normandie.ecoles.funding;

import java.util.List;

/** Euros per pupil that mean something: the operating aid paid in a school year over its pupils. */
public interface AidFigures {

    /** Per school with results that school year, the department's after them. */
    List<AidPerPupil> perSchool(int schoolYear);

    /** Per department (and the region as a whole last, {@code departmentCode} null). */
    List<AidPerPupil> perDepartment(int schoolYear);
}
