package fr.normandie.ecoles.app.web.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The department, step and scope a person last narrowed their inbox to; null means any. */
@Entity
@Table(name = "inbox_filter", schema = "accounts")
public class SavedInboxFilter {

    @Id
    private String username;
    @Column(name = "department_code")
    private String departmentCode;
    private String step;
    /** Whose tasks: MINE, DEPARTMENT or ALL (null: ALL), as {@code TaskFilter.Scope} names them. */
    private String scope;

    protected SavedInboxFilter() {
    }

    SavedInboxFilter(String username) {
        this.username = username;
    }

    String departmentCode() {
        return departmentCode;
    }

    String step() {
        return step;
    }

    String scope() {
        return scope;
    }

    void narrowTo(String departmentCode, String step, String scope) {
        this.departmentCode = departmentCode;
        this.step = step;
        this.scope = scope;
    }
}
