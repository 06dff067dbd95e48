package fr.normandie.ecoles.schools;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school that opened before the software existed, registered directly; its carrier is an existing one
 * ({@code carrierId}) or named ({@code carrier}: the existing one of that name, or a new one).
 */
@CommuneInDepartment
@CarrierGiven
public record SchoolRegistration(
        @NotBlank(message = "Le nom de l'école est obligatoire.")
        @Size(max = 200, message = "Le nom de l'école ne doit pas dépasser 200 caractères.")
        String name,
        @Size(max = 200, message = "Le nom du porteur ne doit pas dépasser 200 caractères.")
        String carrier,
        @NotBlank(message = "Le département est obligatoire.") String departmentCode,
        @NotBlank(message = "La commune est obligatoire.") String communeCode,
        @NotEmpty(message = "Indiquez au moins un métier.")
        @Size(max = 10, message = "Dix métiers au plus.")
        List<@NotBlank(message = "Un métier ne peut pas être vide.")
             @Size(max = 100, message = "Un métier ne doit pas dépasser 100 caractères.") String> trades,
        @NotNull(message = "La date d'ouverture est obligatoire.") LocalDate openedOn,
        @NotNull(message = "La capacité est obligatoire.")
        @Min(value = 1, message = "La capacité doit être d'au moins un élève.")
        @Max(value = 500, message = "La capacité ne peut dépasser 500 élèves.")
        Integer capacity,
        UUID carrierId) {

    /** The canonical constructor, the one JSON-B fills. */
    @JsonbCreator
    public SchoolRegistration {
    }

    /** The registration as it was before carriers were records: the carrier named. */
    public SchoolRegistration(String name, String carrier, String departmentCode, String communeCode,
                              List<String> trades, LocalDate openedOn, Integer capacity) {
        this(name, carrier, departmentCode, communeCode, trades, openedOn, capacity, null);
    }

    /** The carrier as this registration names it. */
    public CarrierChoice carrierChoice() {
        return new CarrierChoice(carrierId, carrier, null, null, null);
    }
}
