package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.FileContent;
import fr.normandie.ecoles.funding.FundingConflictException;
import fr.normandie.ecoles.funding.Grant;
import fr.normandie.ecoles.funding.GrantDocuments;
import fr.normandie.ecoles.funding.GrantId;
import fr.normandie.ecoles.funding.GrantStatus;
import fr.normandie.ecoles.funding.Grants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Set;

/** A grant's agreement and refusal letter, drawn from the stored grant each time they are asked for. */
@ApplicationScoped
public class JpaGrantDocuments implements GrantDocuments {

    private static final Set<GrantStatus> NOT_VOTED = Set.of(GrantStatus.REQUESTED, GrantStatus.INSTRUCTED,
            GrantStatus.REFUSED);

    @Inject
    Grants grants;

    @Inject
    FundingSettings settings;

    @Override
    public FileContent agreement(GrantId id) {
        Grant grant = grants.find(id);
        if (NOT_VOTED.contains(grant.status()) || !grant.summary().agreementRequired()) {
            throw new FundingConflictException("Cette subvention n'a pas de convention : seule une subvention votée de "
                    + "plus de " + Euros.format(settings.agreementThreshold()) + " par an en demande une.");
        }
        return new FileContent("convention-" + id + ".pdf", FundingDocuments.PDF,
                GrantLetters.agreement(grant, settings.agreementThreshold()));
    }

    @Override
    public FileContent refusal(GrantId id) {
        Grant grant = grants.find(id);
        if (grant.status() != GrantStatus.REFUSED) {
            throw new FundingConflictException("Cette subvention n'a pas été refusée.");
        }
        return new FileContent("refus-subvention-" + id + ".pdf", FundingDocuments.PDF,
                GrantLetters.refusal(grant, LocalDate.now(FundingDocuments.REGION)));
    }
}
