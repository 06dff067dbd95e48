package fr.normandie.ecoles.schools.internal;

import fr.normandie.ecoles.kernel.UuidColumnConverter;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.StateRecognition;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "school", schema = "schools")
@NamedQuery(name = "SchoolEntity.ofProject", query = "select s from SchoolEntity s where s.projectId = :project")
@NamedQuery(name = "SchoolEntity.all", query =
        "select s from SchoolEntity s join fetch s.carrier order by s.openedOn, s.name")
@NamedQuery(name = "SchoolEntity.allOfCarrier", query =
        "select s from SchoolEntity s join fetch s.carrier where s.carrier.id = :carrier order by s.openedOn, s.name")
@NamedQuery(name = "SchoolEntity.ofCarrier", query =
        "select s from SchoolEntity s join fetch s.carrier where s.id = :id and s.carrier.id = :carrier")
@NamedQuery(name = "SchoolEntity.nameInCommune", query =
        "select count(s) from SchoolEntity s where s.name = :name and s.communeCode = :commune")
public class SchoolEntity {

    @Id
    private UUID id;
    private String name;
    @ManyToOne(optional = false)
    @JoinColumn(name = "carrier_id")
    private CarrierEntity carrier;
    @Column(name = "department_code")
    private String departmentCode;
    @Column(name = "commune_code")
    private String communeCode;
    @Convert(converter = TextListConverter.class)
    private List<String> trades;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    private int capacity;
    private Integer pupils;
    @Column(name = "project_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID projectId;
    @Column(name = "recognised_on")
    private LocalDate recognisedOn;
    @Column(name = "recognition_reference")
    private String recognitionReference;

    protected SchoolEntity() {
    }

    SchoolEntity(String name, CarrierEntity carrier, String departmentCode, String communeCode, List<String> trades,
                 LocalDate openedOn, int capacity, Integer pupils, ProjectId projectId) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.carrier = carrier;
        this.departmentCode = departmentCode;
        this.communeCode = communeCode;
        this.trades = List.copyOf(trades);
        this.openedOn = openedOn;
        this.capacity = capacity;
        this.pupils = pupils;
        this.projectId = projectId == null ? null : projectId.value();
    }

    String name() {
        return name;
    }

    String communeCode() {
        return communeCode;
    }

    String departmentCode() {
        return departmentCode;
    }

    void recognise(StateRecognition recognition) {
        this.recognisedOn = recognition.arreteDate();
        this.recognitionReference = recognition.reference().strip();
    }

    UUID id() {
        return id;
    }

    LocalDate openedOn() {
        return openedOn;
    }

    int capacity() {
        return capacity;
    }

    /** Null for a school older than the software until its file is needed ({@link JpaSchoolStatuses#fileOf}). */
    UUID projectId() {
        return projectId;
    }

    void attachFile(ProjectId project) {
        this.projectId = project.value();
    }

    /** The organisation that carries the school, which its file (a project) shares. */
    CarrierEntity carrier() {
        return carrier;
    }

    School toSchool() {
        return new School(id, name, carrier.name(), departmentCode, communeCode, trades, openedOn, capacity,
                projectId == null ? null : new ProjectId(projectId), recognisedOn, recognitionReference, carrier.id());
    }
}
