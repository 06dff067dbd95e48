-- Issue 15: when the funding officers were told that a grant's instalment of a year, or its balance, falls due
-- (null: not yet). Set by a conditional update in the transaction that tells them: told once, whatever the nodes.
alter table grant_year add column due_notice_at timestamp;
-- On the grant, the column names the balance's notice (kernel.TellOnce marks a row's due_notice_at).
alter table school_grant add column due_notice_at timestamp;
