-- Accounts of people who sign in through the Region's directory (OpenID Connect): they have no local
-- password, and are told apart from local accounts so that a directory name never takes a local account over.
alter table account alter column password_hash drop not null;
alter table account add column directory boolean not null default false;
