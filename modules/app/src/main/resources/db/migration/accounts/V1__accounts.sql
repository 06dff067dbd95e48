-- The application's accounts and their roles. Passwords are PBKDF2 hashes (the container's
-- Pbkdf2PasswordHash format), never clear text.
create table account (
    username varchar(100) primary key,
    password_hash varchar(500) not null,
    full_name varchar(200),
    active boolean not null,
    created_at timestamp not null
);

create table account_role (
    username varchar(100) not null references account (username),
    role varchar(20) not null,
    primary key (username, role)
);
