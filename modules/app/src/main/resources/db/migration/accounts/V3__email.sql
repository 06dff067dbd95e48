-- The address where a person receives the application's notifications; none: they receive no mail.
alter table account add column email varchar(254);
