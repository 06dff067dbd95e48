-- The funding module: the Region's subsidy decisions.
create table subsidy_decision (
    id uuid primary key,
    project_id uuid not null,
    decision varchar(20) not null,
    investment_granted numeric(11, 2) not null,
    operating_granted numeric(11, 2) not null,
    deliberation varchar(100),
    decided_by varchar(100) not null,
    recorded_at timestamp not null
);
create index subsidy_decision_project on subsidy_decision (project_id);
