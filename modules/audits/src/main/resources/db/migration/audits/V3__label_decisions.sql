-- Issue 14: the label of a school older than the software (the day it was granted, from which its re-audits are
-- counted) and a label withdrawn by the auditors outside an audit; a pending re-audit ended without taking place
-- (school suspended or closed, label withdrawn), with why.
create table label_decision (
    id uuid primary key,
    project_id uuid not null,
    kind varchar(30) not null,
    decided_on date not null,
    reason varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamp not null
);
create index label_decision_project on label_decision (project_id, decided_on);

alter table label_renewal add column ended_at timestamp;
alter table label_renewal add column end_reason varchar(2000);
