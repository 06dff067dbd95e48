package fr.normandie.ecoles.workflow.internal;

import fr.normandie.ecoles.schools.StepHandler;
import fr.normandie.ecoles.kernel.Role;
import fr.normandie.ecoles.workflow.Step;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Joins the user tasks of the processes to the modules' step handlers and checks that they agree: every user task
 * has a form key, a name, one candidate group that is a role, and exactly one handler of that key; every value that
 * a condition after the task tests on the handler's outcome variable is a constant of its outcome; every handler
 * has its task. A gap is refused with one message naming every task, handler and value in fault, so that a
 * process and the code that carries it cannot drift apart unnoticed.
 */
final class StepContract {

    /** {@code outcome == 'VALUE'} or {@code outcome != 'VALUE'}, as the processes' conditions are written. */
    private static final Pattern TEST = Pattern.compile("(\\w+)\\s*[!=]=\\s*'([^']*)'");

    private StepContract() {
    }

    /**
     * @param models   each process's deployed model, in the order the steps are listed
     * @param handlers every step handler the modules declare
     * @return the steps, in the order of the processes and of their tasks in the BPMN
     * @throws StepContractBrokenException naming every gap
     */
    static List<Step> steps(Map<Step.Process, BpmnModelInstance> models, Collection<? extends StepHandler<?, ?>> handlers) {
        List<String> gaps = new ArrayList<>();
        Map<String, List<StepHandler<?, ?>>> byKey = handlers.stream()
                .collect(Collectors.groupingBy(StepHandler::key, LinkedHashMap::new, Collectors.toList()));
        List<Step> steps = new ArrayList<>();
        Set<String> keysOfTasks = new HashSet<>();
        models.forEach((process, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String where = "tâche « " + task.getId() + " » du processus " + process.key();
                String key = task.getCamundaFormKey();
                if (key == null || key.isBlank()) {
                    gaps.add(where + " : pas de camunda:formKey");
                    continue;
                }
                if (!keysOfTasks.add(key)) {
                    gaps.add(where + " : la clé « " + key + " » est déjà celle d'une autre tâche");
                }
                List<StepHandler<?, ?>> found = byKey.getOrDefault(key, List.of());
                if (found.size() != 1) {
                    gaps.add(where + " : " + (found.isEmpty() ? "aucun" : found.size()) + " gestionnaire d'étape "
                            + "(StepHandler) de clé « " + key + " » au lieu d'un seul" + names(found));
                }
                Role role = role(task, where, gaps);
                if (task.getName() == null || task.getName().isBlank()) {
                    gaps.add(where + " : pas de nom (name)");
                }
                if (found.size() == 1) {
                    StepHandler<?, ?> handler = found.get(0);
                    checkOutcomes(task, handler, where, gaps);
                    steps.add(new Step(process, task.getId(), task.getName(), role, handler));
                }
            }
        });
        byKey.keySet().stream().filter(key -> !keysOfTasks.contains(key)).forEach(key -> gaps.add(
                "gestionnaire d'étape de clé « " + key + " »" + names(byKey.get(key)) + " : aucune tâche ne porte cette clé"));
        if (!gaps.isEmpty()) {
            throw new StepContractBrokenException(gaps);
        }
        return List.copyOf(steps);
    }

    private static Role role(UserTask task, String where, List<String> gaps) {
        List<String> groups = task.getCamundaCandidateGroupsList();
        if (groups.size() != 1) {
            gaps.add(where + " : " + groups.size() + " groupes candidats (candidateGroups) au lieu d'un seul");
            return null;
        }
        return Role.ofGroup(groups.get(0)).orElseGet(() -> {
            gaps.add(where + " : le groupe candidat « " + groups.get(0) + " » n'est pas un rôle de l'application");
            return null;
        });
    }

    /** The conditions on the flows that leave the task, and on those that leave the exclusive gateway after it. */
    private static void checkOutcomes(UserTask task, StepHandler<?, ?> handler, String where, List<String> gaps) {
        Set<String> outcomes = Arrays.stream(handler.outcomeType().getEnumConstants()).map(Enum::name)
                .collect(Collectors.toSet());
        conditionsAfter(task).forEach(flow -> {
            Matcher test = TEST.matcher(flow.getConditionExpression().getTextContent());
            while (test.find()) {
                String variable = test.group(1);
                String value = test.group(2);
                if (!variable.equals(handler.outcomeVariable())) {
                    gaps.add(where + " : la condition de « " + flow.getId() + " » lit « " + variable
                            + " », le gestionnaire d'étape donne son issue dans « " + handler.outcomeVariable() + " »");
                } else if (!outcomes.contains(value)) {
                    gaps.add(where + " : la condition de « " + flow.getId() + " » teste la valeur « " + value
                            + " », absente de " + handler.outcomeType().getSimpleName() + " " + outcomes.stream().sorted().toList());
                }
            }
        });
    }

    private static Stream<SequenceFlow> conditionsAfter(UserTask task) {
        return task.getOutgoing().stream()
                .flatMap(flow -> flow.getTarget() instanceof ExclusiveGateway gateway
                        ? Stream.concat(Stream.of(flow), gateway.getOutgoing().stream()) : Stream.of(flow))
                .filter(flow -> {
                    ConditionExpression condition = flow.getConditionExpression();
                    return condition != null && condition.getTextContent() != null;
                });
    }

    private static String names(List<StepHandler<?, ?>> handlers) {
        return handlers.isEmpty() ? "" : " (" + handlers.stream().map(h -> h.getClass().getName())
                .collect(Collectors.joining(", ")) + ")";
    }
}
