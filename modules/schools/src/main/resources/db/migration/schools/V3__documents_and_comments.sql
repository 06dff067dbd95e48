-- Documents attached to a project or one of its steps, and comments on a project.
-- Portable SQL: runs on PostgreSQL (production, tests) and H2 (the embedded default); bytea is a
-- PostgreSQL type that H2 also accepts (as binary varying).

create table document (
    id uuid primary key,
    project_id uuid not null references project (id),
    step varchar(50),
    name varchar(255) not null,
    title varchar(200),
    document_type varchar(10) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp not null
);
create index document_project on document (project_id, uploaded_at);

-- the bytes apart, so that listing documents never reads them
create table document_content (
    document_id uuid primary key references document (id),
    content bytea not null
);

create table project_comment (
    id uuid primary key,
    project_id uuid not null references project (id),
    body varchar(5000) not null,
    author varchar(100) not null,
    written_at timestamp not null
);
create index project_comment_project on project_comment (project_id, written_at);
