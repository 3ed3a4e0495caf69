-- Phone calls made about an incident (keng.voice.*): one row per person and incident, so that several
-- instances never call the same person twice for one incident; outbox_id is null when the person
-- could not be called (no phone), which still counts as "dealt with" but not against keng.voice.max-calls.
create table incident_call (
    incident_id     bigint       not null references incident (id),
    person_id       bigint       not null,
    outbox_id       bigint,
    called_at       timestamp with time zone not null,
    primary key (incident_id, person_id)
);
