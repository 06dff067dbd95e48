-- The audits module: FNEP label audits of school projects.
create table label_audit (
    id uuid primary key,
    project_id uuid not null,
    audited_on date not null,
    outcome varchar(20) not null,
    follow_up boolean not null,
    auditor varchar(100) not null,
    recorded_at timestamp not null
);
create index label_audit_project on label_audit (project_id);
