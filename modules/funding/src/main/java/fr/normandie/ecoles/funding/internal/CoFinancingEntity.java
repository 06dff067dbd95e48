package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.CoFinancingProgramme;
import fr.normandie.ecoles.funding.FundedLine;
import fr.normandie.ecoles.funding.SubsidyId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** Another funder of the school, as the decision lists it. */
@Entity
@Table(name = "co_financing", schema = "funding")
@NamedQuery(name = "CoFinancingEntity.ofDecision", query = "select c from CoFinancingEntity c "
        + "where c.decisionId = :decision order by c.rank")
public class CoFinancingEntity {

    @Id
    private UUID id;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "position")
    private int rank;
    private String funder;
    @Enumerated(EnumType.STRING)
    private CoFinancingProgramme programme;
    @Column(name = "funded_line")
    @Enumerated(EnumType.STRING)
    private FundedLine fundedLine;
    private BigDecimal amount;

    protected CoFinancingEntity() {
    }

    CoFinancingEntity(SubsidyId decision, int position, CoFinancing coFinancing) {
        this.id = UUID.randomUUID();
        this.decisionId = decision.value();
        this.rank = position;
        this.funder = coFinancing.funder().strip();
        this.programme = coFinancing.programme();
        this.fundedLine = coFinancing.line();
        this.amount = coFinancing.amount();
    }

    CoFinancing toCoFinancing() {
        return new CoFinancing(funder, programme, fundedLine, amount);
    }
}
