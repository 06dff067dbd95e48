package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "target", schema = "schools")
@NamedQuery(name = "TargetEntity.all", query = "select t from TargetEntity t order by t.deadline, t.id")
public class TargetEntity {

    @Id
    private long id;
    private String name;
    private LocalDate deadline;
    @Column(name = "minimum_per_department")
    private int minimumPerDepartment;

    protected TargetEntity() {
    }

    Target toTarget() {
        return new Target(id, name, deadline, minimumPerDepartment);
    }
}
