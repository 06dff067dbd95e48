package fr.normandie.ecoles.workflow;

/** Narrows an inbox: to one department, one step, one project; null means any. */
public record TaskFilter(String departmentCode, String step, String projectId) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null);
}
