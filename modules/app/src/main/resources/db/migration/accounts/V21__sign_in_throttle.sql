-- sign-in throttling (issue 15): the failed sign-ins counted against a user name (known or not) or an address,
-- shared by every node. A row is updated under its lock (select ... for update), so two nodes count each failure
-- once. subject: 'name:<user name in lower case>' or 'address:<IP address>'.
create table sign_in_throttle (
    subject varchar(300) primary key,
    failures integer not null,
    window_start timestamp not null,
    locked_until timestamp
);
