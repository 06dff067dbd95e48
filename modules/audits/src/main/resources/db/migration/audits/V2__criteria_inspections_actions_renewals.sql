-- The FNEP label's criteria catalogue (versioned), the inspection of each audit (verdicts, findings,
-- corrective actions, review of earlier actions) and the schedule of re-audits.

create table catalogue_version (
    version_number integer primary key,
    published_at timestamp not null,
    published_by varchar(100) not null,
    note varchar(1000) not null
);

create table catalogue_criterion (
    catalogue_version integer not null references catalogue_version (version_number),
    position integer not null,
    theme_code varchar(20) not null,
    theme_title varchar(200) not null,
    code varchar(20) not null,
    wording varchar(1000) not null,
    guidance varchar(2000),
    primary key (catalogue_version, position),
    unique (catalogue_version, code)
);

-- audits recorded before this version kept only an outcome: they become label or follow-up audits
alter table label_audit add column kind varchar(20);
update label_audit set kind = case when follow_up then 'FOLLOW_UP' else 'LABEL' end;
alter table label_audit alter column kind set not null;
alter table label_audit drop column follow_up;
alter table label_audit rename column auditor to recorded_by;
alter table label_audit add column catalogue_version integer references catalogue_version (version_number);
alter table label_audit add column site varchar(300);
alter table label_audit add column auditors varchar(1200);
alter table label_audit add column conclusion varchar(4000);

create table audit_verdict (
    audit_id uuid not null references label_audit (id),
    position integer not null,
    criterion varchar(20) not null,
    verdict varchar(30) not null,
    comment_text varchar(2000),
    evidence varchar(2000),
    primary key (audit_id, position)
);

create table audit_finding (
    id uuid primary key,
    audit_id uuid not null references label_audit (id),
    position integer not null,
    severity varchar(20) not null,
    criterion varchar(20),
    description varchar(4000) not null
);
create index audit_finding_audit on audit_finding (audit_id);

create table corrective_action (
    id uuid primary key,
    finding_id uuid not null references audit_finding (id),
    project_id uuid not null,
    position integer not null,
    description varchar(2000) not null,
    owner_name varchar(200) not null,
    due_on date not null,
    status varchar(20) not null
);
create index corrective_action_project on corrective_action (project_id, status);

create table audit_action_review (
    audit_id uuid not null references label_audit (id),
    position integer not null,
    action_id uuid not null references corrective_action (id),
    status varchar(20) not null,
    comment_text varchar(2000),
    primary key (audit_id, position)
);

create table label_renewal (
    project_id uuid primary key,
    due_on date,
    remind_on date,
    scheduled_at timestamp not null,
    reminded_at timestamp,
    overdue_since timestamp
);

-- Version 1: the label's fundamentals as the Region's sources state them (shared/DOMAIN.md).
insert into catalogue_version (version_number, published_at, published_by, note) values
    (1, timestamp '2019-04-08 00:00:00', 'system',
     'Fondamentaux du label FNEP d''après les sources publiques (commission du 8 avril 2019).');

insert into catalogue_criterion (catalogue_version, position, theme_code, theme_title, code, wording, guidance) values
    (1, 0, 'PROD', 'Faire pour apprendre : la production', 'PROD-1',
     'Environ deux tiers du temps de formation se passent en atelier, à produire de vraies commandes.',
     'Comparer les emplois du temps de deux sections au registre des commandes ; la part d''atelier doit avoisiner les deux tiers.'),
    (1, 1, 'PROD', 'Faire pour apprendre : la production', 'PROD-2',
     'Les commandes viennent de vrais clients et sont facturées au prix du marché.',
     'Examiner un échantillon de devis et de factures ; comparer aux prix pratiqués par les entreprises du métier.'),
    (1, 2, 'PROD', 'Faire pour apprendre : la production', 'PROD-3',
     'Les ventes de la production couvrent une part significative du budget (de l''ordre d''un tiers).',
     'Comptes du dernier exercice, ou budget prévisionnel pour une école en projet.'),
    (1, 3, 'PEDA', 'Pédagogie et encadrement', 'PEDA-1',
     'L''enseignement en atelier est assuré par des maîtres professionnels issus du métier.',
     'CV et contrats des maîtres professionnels ; années d''expérience en entreprise.'),
    (1, 4, 'PEDA', 'Pédagogie et encadrement', 'PEDA-2',
     'Chaque maître professionnel encadre au plus 12 élèves.',
     'Rapprocher les effectifs de chaque section des maîtres professionnels présents en atelier.'),
    (1, 5, 'PEDA', 'Pédagogie et encadrement', 'PEDA-3',
     'Environ un tiers du temps est consacré aux enseignements généraux et théoriques.',
     'Emplois du temps ; intervenants des enseignements généraux.'),
    (1, 6, 'PEDA', 'Pédagogie et encadrement', 'PEDA-4',
     'Un livret de suivi retrace ce que chaque élève apprend et réalise.',
     'Ouvrir trois livrets pris au hasard : tenus à jour et visés par le maître professionnel.'),
    (1, 7, 'ACCES', 'Accueil des élèves', 'ACCES-1',
     'Les élèves ont de 15 à 18 ans à leur entrée.',
     'Registre des inscriptions ; dérogations motivées le cas échéant.'),
    (1, 8, 'ACCES', 'Accueil des élèves', 'ACCES-2',
     'L''admission se fait sans sélection scolaire ni financière.',
     'Procédure d''admission ; motifs des candidatures non retenues.'),
    (1, 9, 'ACCES', 'Accueil des élèves', 'ACCES-3',
     'La scolarité est gratuite ou quasi gratuite ; une éventuelle participation des familles est connue et modeste.',
     'Tarifs affichés, conventions avec les familles, aides accordées.'),
    (1, 10, 'DIPL', 'Diplômes préparés', 'DIPL-1',
     'L''école prépare à un diplôme reconnu : CAP, Bac Pro ou titre professionnel inscrit au RNCP.',
     'Habilitation ou convention avec le certificateur ; résultats aux examens des dernières sessions.'),
    (1, 11, 'ANCR', 'Porteur et ancrage territorial', 'ANCR-1',
     'L''école est portée par un organisme privé à but non lucratif.',
     'Statuts de l''association ou de la fondation ; dernier rapport financier.'),
    (1, 12, 'ANCR', 'Porteur et ancrage territorial', 'ANCR-2',
     'L''école travaille en partenariat avec des entreprises locales (commandes, stages, embauches).',
     'Conventions de partenariat, lettres d''engagement, liste des clients.');
