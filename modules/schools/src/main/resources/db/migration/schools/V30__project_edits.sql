-- Project edits (issue 14): each registration field an edit changed, with its value before and after; the
-- edit itself is a project_event of kind EDITED (who, when), an administrator's reopening of a step one of
-- kind STEP_REOPENED (its reason in detail).
create table project_change (
    id uuid primary key,
    event_id uuid not null references project_event (id),
    field varchar(40) not null,
    before_value varchar(2000),
    after_value varchar(2000)
);
create index project_change_event on project_change (event_id);
