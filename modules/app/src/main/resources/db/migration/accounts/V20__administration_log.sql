-- account administration (issue 15): every change an administrator makes to an account, kept for good:
-- who made it, when, to whom, and the roles and activation before and after (roles as a comma-separated
-- list of the role names, in the order of the enumeration).
create table administration_log (
    id uuid primary key,
    at timestamp not null,
    actor varchar(100) not null,
    username varchar(100) not null references account (username),
    action varchar(20) not null,
    roles_before varchar(100),
    roles_after varchar(100),
    active_before boolean,
    active_after boolean
);
create index administration_log_username on administration_log (username, at);
create index administration_log_at on administration_log (at);
