package fr.normandie.ecoles.app.report;

import fr.normandie.ecoles.schools.DepartmentCoverage;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.YearIndicators;
import fr.normandie.ecoles.workflow.ProjectView;

import java.util.List;

/**
 * What a department's page tells: its standing against the target, its schools open on the date (oldest
 * first), its projects in progress with their current steps' names, and its results over the years.
 */
record DepartmentStory(DepartmentCoverage coverage, List<School> schools, List<Project> projects,
                       List<YearIndicators> results) {

    /** A project in progress: its name, commune, the steps it waits at, its planned opening. */
    record Project(ProjectView view, String commune, List<String> steps) {
    }
}
