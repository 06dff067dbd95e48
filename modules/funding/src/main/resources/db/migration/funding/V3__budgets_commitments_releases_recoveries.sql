-- The ledger (issue 13): each year an investment and an operating budget, each with its commitment
-- authorisations (AE) and payment credits (CP); commitments against the AE of their year, payments
-- against the CP of the year they are paid in, releases, recovery orders. The CHECK constraints are the
-- last word: no budget is overspent and no commitment overpaid, whoever commits or pays at the same moment.
-- The envelopes (one amount a year, both kinds mixed) and the decisions charged to them are carried over
-- by V4 (Java) without losing a figure; V5 drops the envelope table.

create table budget (
    budget_year integer not null,
    kind varchar(20) not null,
    commitment_authorisations numeric(12, 2) not null,
    committed numeric(12, 2) default 0 not null,
    payment_credits numeric(12, 2) not null,
    paid numeric(12, 2) default 0 not null,
    opened_by varchar(100) not null,
    opened_at timestamp not null,
    constraint budget_key primary key (budget_year, kind),
    constraint budget_ae_not_negative check (commitment_authorisations >= 0),
    constraint budget_ae_never_overspent check (committed >= 0 and committed <= commitment_authorisations),
    constraint budget_cp_not_negative check (payment_credits >= 0),
    constraint budget_cp_never_overspent check (paid >= 0 and paid <= payment_credits)
);

create table budget_change (
    id uuid primary key,
    budget_year integer not null,
    kind varchar(20) not null,
    commitment_authorisations numeric(12, 2) not null,
    payment_credits numeric(12, 2) not null,
    changed_by varchar(100) not null,
    changed_at timestamp not null,
    constraint budget_change_budget foreign key (budget_year, kind) references budget (budget_year, kind)
);
create index budget_change_year on budget_change (budget_year);

create table commitment (
    id uuid primary key,
    grant_id uuid not null,
    project_id uuid,
    school_id uuid,
    budget_year integer not null,
    kind varchar(20) not null,
    amount numeric(11, 2) not null,
    paid numeric(11, 2) default 0 not null,
    released numeric(11, 2) default 0 not null,
    recovered numeric(11, 2) default 0 not null,
    deliberation varchar(100) not null,
    voted_on date not null,
    label varchar(200),
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    constraint commitment_budget foreign key (budget_year, kind) references budget (budget_year, kind),
    constraint commitment_amount_positive check (amount > 0),
    constraint commitment_never_overpaid check (paid >= 0 and released >= 0 and paid + released <= amount),
    constraint commitment_recovered_within_paid check (recovered >= 0 and recovered <= paid)
);
create index commitment_grant on commitment (grant_id);
create index commitment_project on commitment (project_id);
create index commitment_year on commitment (budget_year);

create table credit_payment (
    id uuid primary key,
    commitment_id uuid not null references commitment (id),
    credit_year integer not null,
    kind varchar(20) not null,
    amount numeric(11, 2) not null,
    paid_on date not null,
    reference varchar(100) not null,
    payment_id uuid,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    constraint credit_payment_budget foreign key (credit_year, kind) references budget (budget_year, kind),
    constraint credit_payment_amount_positive check (amount > 0)
);
create index credit_payment_commitment on credit_payment (commitment_id);
create index credit_payment_year on credit_payment (credit_year);

create table commitment_release (
    id uuid primary key,
    commitment_id uuid not null references commitment (id),
    amount numeric(11, 2) not null,
    reason varchar(30) not null,
    explanation varchar(2000) not null,
    released_by varchar(100) not null,
    released_at timestamp not null,
    constraint commitment_release_amount_positive check (amount > 0)
);
create index commitment_release_commitment on commitment_release (commitment_id);

create table recovery_order (
    id uuid primary key,
    commitment_id uuid not null references commitment (id),
    amount numeric(11, 2) not null,
    reason varchar(2000) not null,
    issued_on date not null,
    issued_by varchar(100) not null,
    collected_on date,
    collected_by varchar(100),
    constraint recovery_order_amount_positive check (amount > 0)
);
create index recovery_order_commitment on recovery_order (commitment_id);

alter table subsidy_decision add column justification varchar(4000);
alter table subsidy_decision add column rule_warnings varchar(4000);
