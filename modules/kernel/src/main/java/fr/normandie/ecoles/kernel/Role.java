package fr.normandie.ecoles.kernel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The roles of the people who use the application; they are also the candidate groups of the process. */
public enum Role {
    STAFF("staff"), AUDITOR("auditor"), FUNDING("funding"), VIEWER("viewer"), ADMIN("admin"),
    /** A project's carrier (porteur de projet): sees and files only what its own organisation carries. */
    CARRIER("carrier");

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

    /** The roles of the Region's own people: every role but the carriers'. */
    public static Set<Role> region() {
        return EnumSet.complementOf(EnumSet.of(CARRIER));
    }

    /** The role whose candidate group this is, as a BPMN user task names it. */
    public static Optional<Role> ofGroup(String group) {
        return Arrays.stream(values()).filter(r -> r.group.equals(group)).findFirst();
    }
}
