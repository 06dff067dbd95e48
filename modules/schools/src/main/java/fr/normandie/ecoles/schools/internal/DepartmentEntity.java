package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.schools.Department;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

@Entity
@Table(name = "department", schema = "schools")
@NamedQuery(name = "DepartmentEntity.all", query = "select d from DepartmentEntity d order by d.code")
public class DepartmentEntity {

    @Id
    private String code;
    private String name;

    protected DepartmentEntity() {
    }

    Department toDepartment() {
        return new Department(code, name);
    }
}
