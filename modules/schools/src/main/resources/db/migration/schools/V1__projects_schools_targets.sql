-- The schools module: territory, school projects and their file, the registry of schools, targets.
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (the embedded default).

create table department (
    code varchar(3) primary key,
    name varchar(100) not null
);
insert into department (code, name) values ('14', 'Calvados');
insert into department (code, name) values ('27', 'Eure');
insert into department (code, name) values ('50', 'Manche');
insert into department (code, name) values ('61', 'Orne');
insert into department (code, name) values ('76', 'Seine-Maritime');

-- loaded and refreshed by the repeatable migration R__Reference_territory
create table epci (
    siren varchar(9) primary key,
    name varchar(200) not null,
    kind varchar(10) not null,
    population integer,
    departments varchar(50) not null,
    current boolean not null
);

create table commune (
    code varchar(5) primary key,
    name varchar(200) not null,
    department_code varchar(3) not null references department (code),
    postal_codes varchar(200),
    population integer,
    epci_siren varchar(9),
    epci_name varchar(200),
    current boolean not null
);
create index commune_department on commune (department_code);

create table project (
    id uuid primary key,
    name varchar(200) not null,
    carrier varchar(200) not null,
    department_code varchar(3) not null references department (code),
    commune_code varchar(5) not null references commune (code),
    trades varchar(2000) not null,
    capacity integer not null,
    planned_opening date not null,
    status varchar(20) not null,
    registered_at timestamp not null,
    registered_by varchar(100) not null,
    end_reason varchar(2000),
    ended_at timestamp,
    version bigint not null
);
create index project_department_status on project (department_code, status);
create index project_registered_at on project (registered_at);

-- the project's own timeline: registration, completed steps, reminders, ends
create table project_event (
    id uuid primary key,
    project_id uuid not null references project (id),
    occurred_at timestamp not null,
    kind varchar(30) not null,
    step varchar(50),
    actor varchar(100),
    outcome varchar(50),
    detail varchar(2000)
);
create index project_event_project on project_event (project_id, occurred_at);

create table territorial_backing (
    id uuid primary key,
    project_id uuid not null references project (id),
    recorded_at timestamp not null,
    recorded_by varchar(100) not null,
    sufficient boolean not null,
    usual_minimum_met boolean not null
);
create index territorial_backing_project on territorial_backing (project_id);

create table backer (
    backing_id uuid not null references territorial_backing (id),
    position integer not null,
    name varchar(200) not null,
    kind varchar(30) not null,
    primary key (backing_id, position)
);

create table opportunity_study (
    id uuid primary key,
    project_id uuid not null references project (id),
    recorded_at timestamp not null,
    recorded_by varchar(100) not null,
    conclusion varchar(20) not null,
    partner_firms varchar(20000) not null,
    summary varchar(10000) not null
);
create index opportunity_study_project on opportunity_study (project_id);

create table insertion_commitment (
    id uuid primary key,
    project_id uuid not null references project (id),
    recorded_at timestamp not null,
    recorded_by varchar(100) not null,
    secured boolean not null,
    partner_firms varchar(20000) not null,
    target_insertion_rate integer not null
);
create index insertion_commitment_project on insertion_commitment (project_id);

create table school (
    id uuid primary key,
    name varchar(200) not null,
    carrier varchar(200) not null,
    department_code varchar(3) not null references department (code),
    commune_code varchar(5) not null references commune (code),
    trades varchar(2000) not null,
    opened_on date not null,
    capacity integer not null,
    pupils integer,
    project_id uuid references project (id),
    constraint school_project_unique unique (project_id),
    constraint school_name_commune_unique unique (name, commune_code)
);
create index school_department on school (department_code, opened_on);

create table target (
    id bigint primary key,
    name varchar(200) not null,
    deadline date not null,
    minimum_per_department integer not null
);
insert into target (id, name, deadline, minimum_per_department)
values (1, 'Une école de production par département fin 2021 (commission du 8 avril 2019)', '2021-12-31', 1);
