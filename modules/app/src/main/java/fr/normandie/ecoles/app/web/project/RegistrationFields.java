package fr.normandie.ecoles.app.web.project;

import fr.normandie.ecoles.app.web.Texts;
import fr.normandie.ecoles.schools.Carrier;
import fr.normandie.ecoles.schools.Carriers;
import fr.normandie.ecoles.schools.Commune;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.Diploma;
import fr.normandie.ecoles.schools.ProjectRegistration;
import fr.normandie.ecoles.schools.ProjectSummary;
import fr.normandie.ecoles.schools.Territory;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields of a project's registration as a page shows them ({@code WEB-INF/projects/registration-fields.xhtml}):
 * typed to register a project, or filled from a project to edit it.
 */
public abstract class RegistrationFields implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Territory territory;

    @Inject
    Carriers carriers;

    private String name;
    /** An existing carrier chosen in the list (its id), or none: then the carrier named below. */
    private String carrierId;
    private String carrier;
    private String carrierLegalForm;
    private Boolean carrierNonProfit;
    private String carrierSiren;
    private String departmentCode;
    private String communeCode;
    private String trades;
    private List<Diploma> diplomas = new ArrayList<>();
    private Integer capacity;
    private LocalDate plannedOpening;
    private BigDecimal familyContribution;

    /** The registration as typed. */
    ProjectRegistration registration() {
        return new ProjectRegistration(name, carrier, departmentCode, communeCode, StepForm.lines(trades), capacity,
                plannedOpening, carrierLegalForm, carrierNonProfit, carrierSiren, diplomas, familyContribution,
                carrierId == null || carrierId.isBlank() ? null : UUID.fromString(carrierId));
    }

    /** The fields as the project's registration stands. */
    void fill(ProjectSummary project) {
        name = project.name();
        carrierId = project.carrierId().toString();
        carrier = project.carrier();
        carrierLegalForm = project.carrierLegalForm();
        carrierNonProfit = project.carrierNonProfit();
        carrierSiren = project.carrierSiren();
        departmentCode = project.departmentCode();
        communeCode = project.communeCode();
        trades = String.join("\n", project.trades());
        diplomas = new ArrayList<>(project.diplomas());
        capacity = project.capacity();
        plannedOpening = project.plannedOpening();
        familyContribution = project.familyContribution();
    }

    /** The commune the code names, as the person types it, to confirm it is the right one. */
    public String getCommuneFound() {
        if (communeCode == null || communeCode.isBlank()) {
            return "";
        }
        return territory.commune(communeCode.strip())
                .map(c -> Texts.get("registration.communeFound", c.name(), departmentName(c)))
                .orElse(Texts.get("registration.communeUnknown"));
    }

    private String departmentName(Commune commune) {
        return territory.department(commune.departmentCode()).map(Department::name).orElse(commune.departmentCode());
    }

    public List<Department> getDepartments() {
        return territory.departments();
    }

    /** The carriers already known, to choose from instead of typing a new one. */
    public List<Carrier> getCarrierChoices() {
        return carriers.all();
    }

    public Diploma[] getDiplomaChoices() {
        return Diploma.values();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCarrierId() { return carrierId; }
    public void setCarrierId(String carrierId) { this.carrierId = carrierId; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getCarrierLegalForm() { return carrierLegalForm; }
    public void setCarrierLegalForm(String carrierLegalForm) { this.carrierLegalForm = carrierLegalForm; }
    public Boolean getCarrierNonProfit() { return carrierNonProfit; }
    public void setCarrierNonProfit(Boolean carrierNonProfit) { this.carrierNonProfit = carrierNonProfit; }
    public String getCarrierSiren() { return carrierSiren; }
    public void setCarrierSiren(String carrierSiren) { this.carrierSiren = carrierSiren; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getCommuneCode() { return communeCode; }
    public void setCommuneCode(String communeCode) { this.communeCode = communeCode; }
    public String getTrades() { return trades; }
    public void setTrades(String trades) { this.trades = trades; }
    public List<Diploma> getDiplomas() { return diplomas; }
    public void setDiplomas(List<Diploma> diplomas) { this.diplomas = diplomas; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public LocalDate getPlannedOpening() { return plannedOpening; }
    public void setPlannedOpening(LocalDate plannedOpening) { this.plannedOpening = plannedOpening; }
    public BigDecimal getFamilyContribution() { return familyContribution; }
    public void setFamilyContribution(BigDecimal familyContribution) { this.familyContribution = familyContribution; }
}
