-- Required documents per step (issue 16, docs): what the administrator expects of a step's file, in order, and the
-- expected item a document answers. Portable SQL (PostgreSQL and H2).
create table required_document (
    id uuid primary key,
    step_key varchar(50) not null,
    label varchar(200) not null,
    mandatory boolean not null,
    sort_order integer not null
);
create index required_document_step on required_document (step_key, sort_order);

alter table document add column requirement_id uuid references required_document (id);
create index document_requirement on document (project_id, requirement_id);

-- The defaults; they are enforced only for the projects whose carrier files online (README, "Porteurs de projet").
insert into required_document (id, step_key, label, mandatory, sort_order) values
    ('6f1e0b5a-3c61-4c55-9a51-0c5d1a000001', 'territorial-backing', 'Lettres de soutien', true, 0),
    ('6f1e0b5a-3c61-4c55-9a51-0c5d1a000002', 'opportunity-study', 'Étude d''opportunité', true, 0),
    ('6f1e0b5a-3c61-4c55-9a51-0c5d1a000003', 'insertion-commitment', 'Engagements d''embauche des entreprises', false, 0),
    ('6f1e0b5a-3c61-4c55-9a51-0c5d1a000004', 'opening', 'Statuts de l''organisme gestionnaire', true, 0),
    ('6f1e0b5a-3c61-4c55-9a51-0c5d1a000005', 'opening', 'Attestation d''assurance', true, 1);
