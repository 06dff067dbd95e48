package fr.normandie.ecoles.funding.internal;

import fr.normandie.ecoles.funding.CoFinancing;
import fr.normandie.ecoles.funding.CoFinancingProgramme;
import fr.normandie.ecoles.funding.FundedLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rule the State stated in 2019: a line funded by the regional part of the skills investment plan
 * (PIC) cannot be co-financed by the plan's national calls for projects, and the reverse. A line is
 * funded by the regional part when the Region's own grant on it is (the decision says so) or when a
 * co-financer brings regional PIC money to it. Each national PIC co-financer of such a line is refused.
 */
final class CoFinancingRule {

    private CoFinancingRule() {
    }

    static List<Breach> check(List<CoFinancing> coFinancers, Set<FundedLine> regionalPicLines) {
        List<Breach> breaches = new ArrayList<>();
        for (FundedLine line : FundedLine.values()) {
            boolean regional = regionalPicLines.contains(line) || coFinancers.stream()
                    .anyMatch(c -> c != null && c.line() == line && c.programme() == CoFinancingProgramme.PIC_REGIONAL);
            if (!regional) {
                continue;
            }
            for (int i = 0; i < coFinancers.size(); i++) {
                CoFinancing c = coFinancers.get(i);
                if (c != null && c.line() == line && c.programme() == CoFinancingProgramme.PIC_NATIONAL_CALL) {
                    breaches.add(Breach.onElement("coFinancers", i, "programme", "La ligne de " + line.label()
                            + " est financée par la part régionale du PIC : elle ne peut pas être cofinancée par les "
                            + "appels à projets nationaux du PIC, et inversement (règle de 2019)."));
                }
            }
        }
        return breaches;
    }
}
