-- Grants as one model: an open school's operating or investment grant (yearly or multi-year), driven by
-- bpmn/school-grant.bpmn, and the opening's subsidy decisions, migrated here as grants of kind OPENING.
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (the embedded default).

create table school_grant (
    id uuid primary key,
    kind varchar(20) not null,
    status varchar(20) not null,
    school_id uuid,
    project_id uuid,
    purpose varchar(2000),
    first_year integer not null,
    years integer not null,
    -- the school's budget, as it requested the grant (the school and beneficiary are read from schools)
    budget_expenses numeric(12, 2),
    budget_workshop_sales numeric(12, 2),
    budget_other_funders numeric(12, 2),
    budget_apprenticeship_tax numeric(12, 2),
    -- instruction by a funding officer
    instruction_opinion varchar(20),
    instruction_note varchar(2000),
    instructed_by varchar(100),
    -- the standing committee's vote
    voted_on date,
    deliberation varchar(100),
    -- the share rules the vote departs from (one per line) and the justification shown to the committee
    rule_warnings varchar(4000),
    justification varchar(2000),
    -- the agreement (convention), when the grant is above the legal threshold
    agreement_required boolean default false not null,
    agreement_signed_on date,
    agreement_reference varchar(100),
    -- the school's report on the use of the money (compte rendu financier)
    report_received_on date,
    report_spent numeric(12, 2),
    report_justified boolean,
    report_summary varchar(2000),
    granted numeric(12, 2) default 0 not null,
    paid numeric(12, 2) default 0 not null,
    balance numeric(12, 2) default 0 not null,
    subsidy_id uuid,
    requested_by varchar(100) not null,
    requested_at timestamp not null,
    constraint school_grant_years check (years between 1 and 5),
    constraint school_grant_paid_within_granted check (paid >= 0 and paid <= granted),
    constraint school_grant_balance_within_granted check (balance >= 0 and balance <= granted),
    constraint school_grant_subject check (school_id is not null or project_id is not null)
);
create index school_grant_school on school_grant (school_id);
create index school_grant_status on school_grant (status);

-- each year's amounts: requested, proposed by the instruction, granted by the vote (or its last avenant)
create table grant_year (
    grant_id uuid not null references school_grant (id),
    budget_year integer not null,
    requested numeric(12, 2) not null,
    proposed numeric(12, 2),
    granted numeric(12, 2) default 0 not null,
    paid numeric(12, 2) default 0 not null,
    primary key (grant_id, budget_year),
    constraint grant_year_amounts check (requested >= 0 and granted >= 0 and paid >= 0 and paid <= granted)
);

create table grant_payment (
    id uuid primary key,
    grant_id uuid not null references school_grant (id),
    budget_year integer not null,
    balance boolean not null,
    amount numeric(12, 2) not null,
    paid_on date not null,
    reference varchar(100) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    constraint grant_payment_reference_once unique (grant_id, reference),
    constraint grant_payment_amount_positive check (amount > 0)
);

-- an avenant: the yearly amounts before and after it (semicolon-separated, from the first year), its own vote
create table grant_amendment (
    id uuid primary key,
    grant_id uuid not null references school_grant (id),
    amendment_no integer not null,
    voted_on date not null,
    deliberation varchar(100) not null,
    reason varchar(2000),
    amounts_before varchar(200) not null,
    amounts_after varchar(200) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    constraint grant_amendment_number unique (grant_id, amendment_no)
);

-- the opening's decisions become grants of kind OPENING (same id), one budget year: their envelope's
insert into school_grant (id, kind, status, project_id, first_year, years, voted_on, deliberation,
        agreement_required, granted, paid, subsidy_id, requested_by, requested_at)
    select d.id, 'OPENING', case when d.decision = 'GRANTED' then 'VOTED' else 'REFUSED' end, d.project_id,
           coalesce(d.envelope_year, extract(year from d.recorded_at)), 1, d.voted_on, d.deliberation,
           d.investment_granted + d.operating_granted > 23000, d.investment_granted + d.operating_granted, d.paid,
           d.id, d.decided_by, d.recorded_at
    from subsidy_decision d;
insert into grant_year (grant_id, budget_year, requested, granted, paid)
    select g.id, g.first_year, g.granted, g.granted, g.paid from school_grant g where g.kind = 'OPENING';
