-- The reports' read model (module report): facts of other modules kept by listening to their events
-- (NightRecorded, PatrolRecorded, IncidentReported, IncidentConfirmed, IncidentChanged, IncidentClosed),
-- refilled by ReportReadModel.rebuild. No foreign keys: report owns these rows, the modules own theirs.

create table report_night (
    gong_point_id    bigint      not null,
    night            date        not null,
    commune_id       bigint      not null,
    village_id       bigint      not null,
    status           varchar(20) not null,
    confirmed_by     bigint,
    excused          boolean     not null,
    mistaken_strikes integer     not null,
    primary key (gong_point_id, night)
);
create index report_night_commune_idx on report_night (commune_id, night, village_id, status, confirmed_by, excused,
    mistaken_strikes);
create index report_night_village_idx on report_night (village_id, night, status, confirmed_by, excused, mistaken_strikes);

create table report_incident (
    incident_id      bigint      not null primary key,
    commune_id       bigint,
    village_id       bigint,
    kind             varchar(16) not null,
    status           varchar(16) not null,
    reported_at      timestamp with time zone not null,
    closed_at        timestamp with time zone,
    first_coming_at  timestamp with time zone,
    gong_requested   boolean     not null
);
create index report_incident_commune_idx on report_incident (commune_id, reported_at);

create table report_patrol (
    village_id  bigint      not null,
    night       date        not null,
    commune_id  bigint      not null,
    status      varchar(20) not null,
    primary key (village_id, night)
);
create index report_patrol_commune_idx on report_patrol (commune_id, night, village_id, status);
