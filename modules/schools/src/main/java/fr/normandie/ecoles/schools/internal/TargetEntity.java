package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.NewTarget;
import fr.normandie.ecoles.schools.Target;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

@Entity
@Table(name = "target", schema = "schools")
@NamedQuery(name = "TargetEntity.all", query = "select t from TargetEntity t order by t.deadline, t.id")
public class TargetEntity {

    @Id
    @SequenceGenerator(name = "target_id", schema = "schools", sequenceName = "target_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_id")
    private long id;
    private String name;
    private LocalDate deadline;
    @Column(name = "minimum_per_department")
    private int minimumPerDepartment;

    protected TargetEntity() {
    }

    TargetEntity(NewTarget target) {
        this.name = target.name().strip();
        this.deadline = target.deadline();
        this.minimumPerDepartment = target.minimumPerDepartment();
    }

    Target toTarget() {
        return new Target(id, name, deadline, minimumPerDepartment);
    }
}
