package fr.normandie.ecoles.app.web.schools;

import fr.normandie.ecoles.audits.LabelState;
import fr.normandie.ecoles.audits.LabelStatus;
import fr.normandie.ecoles.audits.LabelStatuses;
import fr.normandie.ecoles.schools.Commune;
import fr.normandie.ecoles.schools.Department;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.School;
import fr.normandie.ecoles.schools.Schools;
import fr.normandie.ecoles.schools.Territory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The registry of schools, oldest opening first, each with its place, carrier and label state. */
@Named
@RequestScoped
public class SchoolRegistry {

    /** A school as the registry lists it. */
    public record Row(School school, String departmentName, String communeName, LabelState labelState) {
    }

    @Inject
    Schools schools;

    @Inject
    Territory territory;

    @Inject
    LabelStatuses labels;

    private List<Row> rows;

    /** Three reads whatever the number of schools: the schools, the label states, the communes (in memory). */
    public List<Row> getRows() {
        if (rows == null) {
            Map<ProjectId, LabelState> states = labels.audited().stream()
                    .collect(Collectors.toMap(LabelStatus::project, LabelStatus::state, (first, second) -> first));
            rows = schools.all().stream().map(school -> new Row(school,
                    territory.department(school.departmentCode()).map(Department::name).orElse(school.departmentCode()),
                    territory.commune(school.communeCode()).map(Commune::name).orElse(school.communeCode()),
                    SchoolLabel.subject(school).map(states::get).orElse(LabelState.NOT_AUDITED))).toList();
        }
        return rows;
    }

    /** The total of places, for the table's caption. */
    public int getPlaces() {
        return getRows().stream().mapToInt(row -> row.school().capacity()).sum();
    }
}
