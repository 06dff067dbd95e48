-- The whole file of a school project (issue 3): the carrier, diplomas and family contribution; the
-- details of each step; the school's State recognition and yearly results; targets defined by
-- administrators.

alter table project add column carrier_legal_form varchar(100);
alter table project add column carrier_non_profit boolean;
alter table project add column carrier_siren varchar(9);
alter table project add column diplomas varchar(100);
alter table project add column family_contribution numeric(7, 2);

alter table backer add column siren varchar(9);
alter table backer add column commitment varchar(2000);
alter table backer add column letter_date date;

alter table opportunity_study add column author varchar(200);
alter table opportunity_study add column study_date date;
alter table opportunity_study add column recruitment_needs varchar(5000);
alter table opportunity_study add column outlets varchar(5000);
alter table opportunity_study add column conclusion_reasons varchar(5000);

alter table insertion_commitment add column mission_locale_agreement boolean;
alter table insertion_commitment add column mission_locale varchar(200);

create table hiring_commitment (
    insertion_id uuid not null references insertion_commitment (id),
    position integer not null,
    firm varchar(200) not null,
    kind varchar(20) not null,
    places integer not null,
    primary key (insertion_id, position)
);

-- listing under art. L.443-6 of the code de l'éducation (ministerial arrêté), distinct from the FNEP label
alter table school add column recognised_on date;
alter table school add column recognition_reference varchar(200);

create table school_result (
    school_id uuid not null references school (id),
    school_year integer not null,
    pupils integer not null,
    diplomas_passed integer not null,
    leavers_job integer not null,
    leavers_further_study integer not null,
    leavers_apprenticeship integer not null,
    leavers_other integer not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp not null,
    primary key (school_id, school_year)
);

create sequence target_id_seq start with 2;
