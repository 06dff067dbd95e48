package fr.normandie.ecoles.schools;

import java.time.LocalDate;

/** A coverage target: at least {@code minimumPerDepartment} open schools in every department by {@code deadline}. */
public record Target(long id, String name, LocalDate deadline, int minimumPerDepartment) {
}
