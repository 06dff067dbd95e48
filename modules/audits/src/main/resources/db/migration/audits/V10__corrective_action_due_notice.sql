-- Issue 15: when the auditors and the project's officer were told that the corrective action falls due (null:
-- not yet). Set by a conditional update in the transaction that tells them, so they are told once, whatever
-- the number of nodes.
alter table corrective_action add column due_notice_at timestamp;
create index corrective_action_due_notice on corrective_action (due_on, status);
