-- Budget envelopes, the full subsidy decision, payment schedules, payments and co-financers.
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (the embedded default).
-- The CHECK constraints are the last word on money: an envelope is never overspent, a grant never
-- overpaid, whatever the application does and whoever decides or pays at the same moment.

create table envelope (
    budget_year integer primary key,
    amount numeric(12, 2) not null,
    committed numeric(12, 2) default 0 not null,
    paid numeric(12, 2) default 0 not null,
    opened_by varchar(100) not null,
    opened_at timestamp not null,
    constraint envelope_amount_not_negative check (amount >= 0),
    constraint envelope_never_overspent check (committed >= 0 and committed <= amount),
    constraint envelope_paid_within_commitments check (paid >= 0 and paid <= committed)
);

alter table subsidy_decision add column envelope_year integer;
alter table subsidy_decision add column voted_on date;
alter table subsidy_decision add column investment_requested numeric(11, 2);
alter table subsidy_decision add column investment_eligible numeric(11, 2);
alter table subsidy_decision add column operating_requested numeric(11, 2);
alter table subsidy_decision add column operating_eligible numeric(11, 2);
alter table subsidy_decision add column operating_basis varchar(20);
alter table subsidy_decision add column pupils integer;
alter table subsidy_decision add column investment_regional_pic boolean default false not null;
alter table subsidy_decision add column operating_regional_pic boolean default false not null;
alter table subsidy_decision add column conditions varchar(2000);
alter table subsidy_decision add column paid numeric(11, 2) default 0 not null;
alter table subsidy_decision add constraint subsidy_decision_envelope
    foreign key (envelope_year) references envelope (budget_year);
alter table subsidy_decision add constraint subsidy_decision_amounts_not_negative
    check (investment_granted >= 0 and operating_granted >= 0);
alter table subsidy_decision add constraint subsidy_decision_paid_within_granted
    check (paid >= 0 and paid <= investment_granted + operating_granted);
create index subsidy_decision_envelope_year on subsidy_decision (envelope_year);

-- the planned payments of a grant, numbered from 1: advance, instalments, balance
create table schedule_line (
    id uuid primary key,
    decision_id uuid not null references subsidy_decision (id),
    line_no integer not null,
    kind varchar(20) not null,
    amount numeric(11, 2) not null,
    due_on date not null,
    release_condition varchar(500),
    paid numeric(11, 2) default 0 not null,
    constraint schedule_line_number unique (decision_id, line_no),
    constraint schedule_line_amount_positive check (amount > 0),
    constraint schedule_line_paid_within_amount check (paid >= 0 and paid <= amount)
);

create table payment (
    id uuid primary key,
    decision_id uuid not null references subsidy_decision (id),
    line_no integer not null,
    amount numeric(11, 2) not null,
    paid_on date not null,
    reference varchar(100) not null,
    supporting_documents varchar(2000),
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    constraint payment_reference_once unique (decision_id, reference),
    constraint payment_amount_positive check (amount > 0)
);

create table co_financing (
    id uuid primary key,
    decision_id uuid not null references subsidy_decision (id),
    position integer not null,
    funder varchar(200) not null,
    programme varchar(30) not null,
    funded_line varchar(20) not null,
    amount numeric(11, 2) not null,
    constraint co_financing_amount_positive check (amount > 0)
);
create index co_financing_decision on co_financing (decision_id);
