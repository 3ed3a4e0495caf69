-- The reporting calendar (issue 14): each commune's deadlines (villages report to the commune by
-- 20/11, the commune reports by 30/11, as 'MM-dd'), the reminders sent (once per person, deadline and
-- kind: the insert that does nothing on conflict is the claim), and the village heads' confirmations of
-- their village's yearly figures ("XAC NHAN BC 2026").
-- Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

alter table commune add column village_report_deadline varchar(5) not null default '11-20';
alter table commune add column commune_report_deadline varchar(5) not null default '11-30';

create table report_reminder (
    person_id  bigint      not null references person (id) on delete cascade,
    deadline   date        not null,
    kind       varchar(10) not null,
    commune_id bigint      not null references commune (id),
    sent_at    timestamp with time zone not null,
    primary key (person_id, deadline, kind)
);

create table report_confirmation (
    village_id   bigint  not null references village (id),
    report_year  integer not null,
    person_id    bigint  not null references person (id),
    confirmed_at timestamp with time zone not null,
    primary key (village_id, report_year)
);
