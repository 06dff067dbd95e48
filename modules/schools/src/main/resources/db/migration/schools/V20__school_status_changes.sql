-- A school's end (issue 14): each suspension, resumption and closure with the date it takes effect and
-- its reason. A school is open on a day when it opened by then and no suspension or closure is in force.
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (the embedded default).
create table school_status_change (
    id uuid primary key,
    school_id uuid not null references school (id),
    kind varchar(20) not null,
    effective_on date not null,
    reason varchar(2000) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null
);
create index school_status_change_school on school_status_change (school_id, effective_on);
