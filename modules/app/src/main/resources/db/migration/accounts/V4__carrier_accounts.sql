-- A carrier's account acts for one carrier (schools.carrier) and sees only what that carrier carries;
-- the Region's accounts act for none.
alter table account add column carrier_id uuid references schools.carrier (id);
