-- Yearly results in the shape the CREFOP plenary's indicators need (issue 14): pupils by age group and
-- referred by a Mission Locale, candidates presented and passed per diploma. The results recorded before
-- keep every figure they had: their pupils and diplomas passed stay as totals, the new details unknown
-- (null, no diploma rows); leavers_apprenticeship now counts apprenticeship and any other work-study.
-- Portable SQL: PostgreSQL and H2.

alter table school_result add column pupils_under_16 integer;
alter table school_result add column pupils_16_to_18 integer;
alter table school_result add column pupils_over_18 integer;
alter table school_result add column referred_by_mission_locale integer;

create table school_result_diploma (
    school_id uuid not null,
    school_year integer not null,
    diploma varchar(20) not null,
    presented integer not null,
    passed integer not null,
    primary key (school_id, school_year, diploma),
    foreign key (school_id, school_year) references school_result (school_id, school_year),
    constraint school_result_diploma_counts check (passed >= 0 and passed <= presented)
);
