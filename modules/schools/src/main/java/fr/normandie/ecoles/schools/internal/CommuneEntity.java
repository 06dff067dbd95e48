package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Commune;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commune of the official geographic code, loaded from the reference file by a repeatable migration. */
@Entity
@Table(name = "commune", schema = "schools")
public class CommuneEntity {

    @Id
    private String code;
    private String name;
    @Column(name = "department_code")
    private String departmentCode;
    @Column(name = "epci_siren")
    private String epciSiren;
    @Column(name = "epci_name")
    private String epciName;
    private boolean current;

    protected CommuneEntity() {
    }

    boolean isCurrent() {
        return current;
    }

    Commune toCommune() {
        return new Commune(code, name, departmentCode, epciSiren, epciName);
    }
}
