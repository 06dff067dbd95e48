-- carriers: invite (issue 16): a project officer invites a carrier's contact by e-mail; the link's single-use token
-- is never kept, only its SHA-256 (hex). PENDING until accepted (the account it opened) or withdrawn by an officer;
-- expired when past expires_at (UTC), never stored. pending_email (the address in lower case) is set while the
-- invitation may still be accepted: its unique constraint allows one open invitation per address (a portable
-- stand-in for a partial index, which H2 lacks). An invitation opens at most one account.
create table invitation (
    id uuid primary key,
    token_hash char(64) not null unique,
    carrier_id uuid not null references schools.carrier (id),
    full_name varchar(200) not null,
    email varchar(254) not null,
    pending_email varchar(254) unique,
    invited_by varchar(100) not null,
    invited_at timestamp not null,
    expires_at timestamp not null,
    state varchar(10) not null check (state in ('PENDING', 'ACCEPTED', 'WITHDRAWN')),
    username varchar(100) unique references account (username),
    closed_at timestamp,
    closed_by varchar(100),
    check ((state = 'ACCEPTED') = (username is not null)),
    check ((state = 'PENDING') = (closed_at is null)),
    check (pending_email is null or state = 'PENDING')
);
create index invitation_of_carrier on invitation (carrier_id, invited_at);
