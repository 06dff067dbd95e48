-- The envelopes live on as the budgets of V3 (carried over by V4): the table and the decisions' key to it go.
alter table subsidy_decision drop constraint subsidy_decision_envelope;
drop table envelope;
