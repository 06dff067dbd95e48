-- Absences (issue 15, ownership): from one day to another, both included, a person's tasks and notifications go to
-- their substitute as well. A person's absences do not overlap (checked by the application under the person's lock).
create table absence (
    id uuid primary key,
    username varchar(100) not null references account (username),
    starts_on date not null,
    ends_on date not null,
    substitute varchar(100) not null references account (username),
    declared_at timestamp not null,
    check (starts_on <= ends_on),
    check (substitute <> username)
);
create index absence_person on absence (username, starts_on);
create index absence_substitute on absence (substitute, starts_on);
