-- The schools' use-of-grant reports (issue 16, reports): per grant to an open school and year, what the school
-- spent by heading and its account, SUBMITTED by the school, RETURNED to it with a reason or VALIDATED by a funding
-- officer; the grant's balance waits for the validated report of the year it pays. Portable SQL: PostgreSQL and H2.

create table use_of_grant_report (
    grant_id uuid not null references school_grant (id),
    report_year integer not null,
    state varchar(20) not null,
    spent_staff numeric(12, 2) not null,
    spent_supplies numeric(12, 2) not null,
    spent_equipment numeric(12, 2) not null,
    spent_premises numeric(12, 2) not null,
    spent_other numeric(12, 2) not null,
    summary varchar(2000),
    submitted_by varchar(100) not null,
    submitted_at timestamp not null,
    validated_by varchar(100),
    validated_at timestamp,
    return_reason varchar(2000),
    version bigint not null,
    primary key (grant_id, report_year),
    constraint use_of_grant_report_state check (state in ('SUBMITTED', 'RETURNED', 'VALIDATED')),
    constraint use_of_grant_report_amounts check (spent_staff >= 0 and spent_supplies >= 0 and spent_equipment >= 0
        and spent_premises >= 0 and spent_other >= 0)
);

create index use_of_grant_report_by_state on use_of_grant_report (state);
