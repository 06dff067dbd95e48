package fr.normandie.ecoles.workflow;

/** The roles of the people who use the application; they are also the candidate groups of the process. */
public enum Role {
    STAFF("staff"), AUDITOR("auditor"), FUNDING("funding"), VIEWER("viewer"), ADMIN("admin");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The name of the role and candidate group, as the container and the process know it. */
    public String group() {
        return group;
    }
}
