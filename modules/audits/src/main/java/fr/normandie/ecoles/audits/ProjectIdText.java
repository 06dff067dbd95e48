package fr.normandie.ecoles.audits;

import fr.normandie.ecoles.schools.ProjectId;
import jakarta.json.bind.adapter.JsonbAdapter;

/** A project id in JSON: its text, as everywhere else in the API. */
public class ProjectIdText implements JsonbAdapter<ProjectId, String> {

    @Override
    public String adaptToJson(ProjectId id) {
        return id.toString();
    }

    @Override
    public ProjectId adaptFromJson(String text) {
        return ProjectId.parse(text);
    }
}
