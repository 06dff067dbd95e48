-- The filters a person last chose in their inbox (web application), kept from one session to the next.
create table inbox_filter (
    username varchar(100) primary key references account (username),
    department_code varchar(3),
    step varchar(50)
);
