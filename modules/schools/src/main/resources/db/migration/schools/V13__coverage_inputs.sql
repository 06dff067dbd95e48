-- What the coverage projection needs, kept as steps are recorded so that it never reads every timeline:
-- how long each completed step took since the project's previous milestone (its registration or the step
-- before), and the last step each project completed.
alter table project_event add column since_previous_ms bigint;
alter table project add column last_step varchar(40);

update project_event set since_previous_ms = round(1000 * (extract(epoch from occurred_at) - (
    select extract(epoch from max(earlier.occurred_at))
      from project_event earlier
     where earlier.project_id = project_event.project_id
       and earlier.kind in ('REGISTERED', 'STEP_COMPLETED')
       and earlier.occurred_at < project_event.occurred_at)))
 where kind = 'STEP_COMPLETED';

update project set last_step = (
    select e.step from project_event e
     where e.project_id = project.id and e.kind = 'STEP_COMPLETED'
     order by e.occurred_at desc
     fetch first 1 row only);

create index project_event_step_duration on project_event (kind, step, since_previous_ms);
create index project_status on project (status, department_code, planned_opening, last_step);
