package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.ResultIndicators;
import fr.normandie.ecoles.schools.SchoolResults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * Reads the results of the school years started by the date (two queries whatever the number of schools:
 * the schools, then the results with their diplomas) and tallies them.
 */
@ApplicationScoped
public class JpaResultIndicators implements ResultIndicators {

    @Inject
    JpaSchools schools;

    @Override
    public Indicators asOf(LocalDate asOf) {
        int lastYear = ResultsRules.start(asOf.getYear()).isAfter(asOf) ? asOf.getYear() - 1 : asOf.getYear();
        return ResultsTally.of(schools.resultsStartedBy(lastYear));
    }
}
