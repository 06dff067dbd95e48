-- Yearly results filed by the school itself (issue 16, reports): each school year's results stand SUBMITTED by the
-- school, RETURNED to it with a reason, or VALIDATED by the Region, who and when kept; only validated results count.
-- Every result recorded before was entered by the Region's staff: validated, by whom and when it was recorded.
-- version: a change names the version it was made on (a stale page is refused). Portable SQL: PostgreSQL and H2.

alter table school_result add column state varchar(20) default 'VALIDATED' not null;
alter table school_result add column submitted_by varchar(100);
alter table school_result add column submitted_at timestamp;
alter table school_result add column validated_by varchar(100);
alter table school_result add column validated_at timestamp;
alter table school_result add column return_reason varchar(2000);
alter table school_result add column version bigint default 0 not null;
update school_result set validated_by = recorded_by, validated_at = recorded_at;
alter table school_result add constraint school_result_state check (state in ('SUBMITTED', 'RETURNED', 'VALIDATED'));
create index school_result_by_state on school_result (state);
