-- Ownership (issue 15): each project has a named officer (chargé·e de mission, an account with role staff),
-- the registering staff member at first; each department has its officers, set by the administrators.
alter table project add column officer varchar(100);
update project set officer = registered_by;
create index project_officer on project (officer);

create table department_officer (
    department_code varchar(3) not null references department (code),
    officer varchar(100) not null,
    primary key (department_code, officer)
);
create index department_officer_officer on department_officer (officer);
