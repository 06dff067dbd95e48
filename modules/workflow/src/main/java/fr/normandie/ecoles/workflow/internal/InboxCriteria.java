package fr.normandie.ecoles.workflow.internal;

import java.util.List;
import java.util.Set;

/**
 * Which open tasks of the opening and renewal processes an inbox shows, as {@link RuntimeReads#inbox} reads them in
 * one statement: the tasks given to one of {@code people} (the caller and whom they stand in for), or untaken and
 * offered to one of {@code groups} (the caller's roles; empty for their own tasks alone) or by name to one of
 * {@code people}; then narrowed by each condition that is not null.
 *
 * @param carrierId      a carrier's own projects alone (the carrier group is every carrier's)
 * @param departments    the departments of which the caller is an officer (the department scope; never empty)
 * @param activityId     one step's activity
 * @param departmentCode one department
 * @param businessKey    one project
 */
record InboxCriteria(Set<String> people, List<String> groups, String carrierId, Set<String> departments,
                     String activityId, String departmentCode, String businessKey) {

    InboxCriteria {
        people = Set.copyOf(people);
        groups = List.copyOf(groups);
        departments = departments == null ? null : Set.copyOf(departments);
        if (people.isEmpty() || departments != null && departments.isEmpty()) {
            throw new IllegalArgumentException("An inbox is someone's, and a department scope names departments");
        }
    }
}
