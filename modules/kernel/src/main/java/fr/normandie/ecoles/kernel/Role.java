package fr.normandie.ecoles.kernel;

import java.util.Arrays;
import java.util.Optional;

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

    /**
     * The roles of the people who work on projects (the candidate groups of the steps): they alone send
     * documents to a project's file, with a step or on their own.
     */
    public static Role[] working() {
        return new Role[] {STAFF, AUDITOR, FUNDING};
    }

    /** The role whose candidate group this is, as a BPMN user task names it. */
    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group.equals(group)).findFirst();
    }
}
