-- Issue 15: when the funding officers were told that the instalment falls due (null: not yet). Set by a
-- conditional update in the transaction that tells them, so they are told once, whatever the number of nodes.
alter table schedule_line add column due_notice_at timestamp;
create index schedule_line_due_notice on schedule_line (due_on);
