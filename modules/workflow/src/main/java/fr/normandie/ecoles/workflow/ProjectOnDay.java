package fr.normandie.ecoles.workflow;

import fr.normandie.ecoles.schools.PastProject;

import java.util.List;

/** A project in progress at the end of a past day, with the steps (keys) open then. */
public record ProjectOnDay(PastProject project, List<String> steps) {
}
