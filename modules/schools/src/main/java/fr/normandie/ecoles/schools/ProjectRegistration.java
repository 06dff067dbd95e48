package fr.normandie.ecoles.schools;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a project officer gives to register a school project (step 0 of the opening process). The carrier is
 * an existing one ({@code carrierId}) or named ({@code carrier}, with its legal form, non-profit answer and
 * SIREN): a named carrier is the existing one of that name ({@link CarrierName}), or a new one.
 */
@CommuneInDepartment
@CarrierGiven
public record ProjectRegistration(
        @NotBlank(message = "Le nom du projet est obligatoire.")
        @Size(max = 200, message = "Le nom du projet ne doit pas dépasser 200 caractères.")
        String name,
        @Size(max = 200, message = "Le nom du porteur ne doit pas dépasser 200 caractères.")
        String carrier,
        @NotBlank(message = "Le département est obligatoire.")
        String departmentCode,
        @NotBlank(message = "La commune est obligatoire.")
        String communeCode,
        @NotEmpty(message = "Indiquez au moins un métier.")
        @Size(max = 10, message = "Dix métiers au plus.")
        List<@NotBlank(message = "Un métier ne peut pas être vide.")
             @Size(max = 100, message = "Un métier ne doit pas dépasser 100 caractères.") String> trades,
        @NotNull(message = "La capacité prévue est obligatoire.")
        @Min(value = 1, message = "La capacité prévue doit être d'au moins un élève.")
        @Max(value = 500, message = "La capacité prévue ne peut dépasser 500 élèves.")
        Integer capacity,
        @NotNull(message = "La date d'ouverture prévue est obligatoire.")
        LocalDate plannedOpening,
        @Size(max = 100, message = "La forme juridique ne doit pas dépasser 100 caractères.")
        String carrierLegalForm,
        @AssertTrue(message = "Le porteur d'une école de production est un organisme à but non lucratif.")
        Boolean carrierNonProfit,
        @Siren
        String carrierSiren,
        @Size(max = 3, message = "Trois diplômes au plus.")
        List<@NotNull(message = "Diplôme inconnu.") Diploma> diplomas,
        @PositiveOrZero(message = "La contribution des familles ne peut pas être négative.")
        @DecimalMax(value = "10000", message = "La contribution des familles dépasse 10 000 € par an.")
        @Digits(integer = 5, fraction = 2, message = "Montant en euros, deux décimales au plus.")
        BigDecimal familyContribution,
        UUID carrierId) {

    /** The canonical constructor, the one JSON-B fills (the record has convenience constructors too). */
    @JsonbCreator
    public ProjectRegistration {
    }

    /** The registration of issue 2's minimal contract: name, carrier, place, trades, capacity, date. */
    public ProjectRegistration(String name, String carrier, String departmentCode, String communeCode,
                               List<String> trades, Integer capacity, LocalDate plannedOpening) {
        this(name, carrier, departmentCode, communeCode, trades, capacity, plannedOpening, null, null, null, null,
                null, null);
    }

    /** The carrier as this registration names it. */
    public CarrierChoice carrierChoice() {
        return new CarrierChoice(carrierId, carrier, carrierLegalForm, carrierNonProfit, carrierSiren);
    }

    /** The diplomas prepared, none when not given. */
    public List<Diploma> diplomasOrNone() {
        return diplomas == null ? List.of() : diplomas;
    }
}
