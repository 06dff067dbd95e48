package fr.normandie.ecoles.workflow;

/**
 * Narrows an inbox: to one department, one step, one project (null means any), and to whose tasks they are
 * ({@link Scope}; null means {@link Scope#ALL}).
 */
public record TaskFilter(String departmentCode, String step, String projectId, Scope scope) {

    public static final TaskFilter ALL = new TaskFilter(null, null, null, Scope.ALL);

    /** Whose tasks an inbox shows. The tasks of the people the caller stands in for now count as the caller's. */
    public enum Scope {
        /** The tasks offered to me by name (I am their project's officer) or given to me. */
        MINE,
        /** The tasks of my roles in the departments of which I am an officer, and mine. */
        DEPARTMENT,
        /** Every task of my roles, and mine. */
        ALL
    }

    public TaskFilter {
        scope = scope == null ? Scope.ALL : scope;
    }

    /** Any scope. */
    public TaskFilter(String departmentCode, String step, String projectId) {
        this(departmentCode, step, projectId, Scope.ALL);
    }
}
