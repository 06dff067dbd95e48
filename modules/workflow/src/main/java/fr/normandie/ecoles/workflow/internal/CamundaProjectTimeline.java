package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.Projects;
import fr.normandie.ecoles.schools.UnknownProjectException;
import fr.normandie.ecoles.schools.ProjectJournal;
import fr.normandie.ecoles.schools.TimelineEntry;
import fr.normandie.ecoles.workflow.ProjectTimeline;
import fr.normandie.ecoles.workflow.Step;
import fr.normandie.ecoles.workflow.Steps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class CamundaProjectTimeline implements ProjectTimeline {

    @Inject
    ProjectJournal journal;

    @Inject
    TaskHistory taskHistory;

    @Inject
    Steps steps;

    @Inject
    Projects projects;

    @Override
    public List<TimelineEntry> of(ProjectId project) {
        List<TimelineEntry> timeline = new ArrayList<>(journal.entries(project,
                key -> steps.ofKey(key).map(Step::label).orElse(key)));
        timeline.addAll(taskHistory.of(project));
        timeline.sort(TimelineEntry.CHRONOLOGICAL);
        return timeline;
    }

    @Override
    public List<TimelineEntry> of(ProjectId project, Caller caller) {
        projects.find(project, caller).orElseThrow(() -> new UnknownProjectException(project.toString()));
        List<TimelineEntry> timeline = of(project);
        return caller.isCarrier()
                ? timeline.stream().filter(entry -> entry.kind().seenByCarriers()).toList()
                : timeline;
    }
}
