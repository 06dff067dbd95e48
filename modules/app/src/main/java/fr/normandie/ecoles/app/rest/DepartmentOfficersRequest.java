package fr.normandie.ecoles.app.rest;

import java.util.List;

/** A department's officers, by user name: the whole list, replacing the previous one. */
public record DepartmentOfficersRequest(List<String> officers) {
}
