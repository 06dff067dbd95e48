-- Messages (issue 16): a project's thread between its carrier's accounts and the Region (its officer, the staff).
-- Unlike project_comment (the staff's internal comments), a carrier reads and writes here. from_carrier tells the
-- two sides apart; read_at is when the other side first read the message (null: unread).
create table project_message (
    id uuid primary key,
    project_id uuid not null references project (id),
    body varchar(5000) not null,
    author varchar(100) not null,
    from_carrier boolean not null,
    written_at timestamp not null,
    read_at timestamp
);
create index project_message_project on project_message (project_id, written_at);
