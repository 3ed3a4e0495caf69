-- Fills the reports' read model (V140) once from the records kept before it existed, as
-- ReportReadModel.rebuild would (duty's NightFacts, incident's IncidentFacts): after this, the events
-- keep it current. A one-time upgrade step in Flyway's lock; the rebuild command repairs it later.

insert into report_night (gong_point_id, night, commune_id, village_id, status, confirmed_by, excused, mistaken_strikes)
select d.gong_point_id, d.night, d.commune_id, d.village_id, d.status, d.confirmed_by,
       coalesce(a.excused, 0) > 0, coalesce(a.mistaken, 0)
from nightly_duty d left join (
    select n.duty_id, sum(case when n.kind = 'EXCUSED' then 1 else 0 end) excused,
           sum(case when n.kind = 'MISTAKEN_STRIKE' then 1 else 0 end) mistaken
    from duty_annotation n group by n.duty_id) a on a.duty_id = d.id;

insert into report_patrol (village_id, night, commune_id, status)
select p.village_id, p.night, p.commune_id, p.status from patrol_night p;

insert into report_incident (incident_id, commune_id, village_id, kind, status, reported_at, closed_at, first_coming_at,
                             gong_requested)
select i.id, i.commune_id, i.village_id, i.kind, i.status, i.reported_at, i.closed_at,
       (select min(r.answered_at) from incident_response r where r.incident_id = i.id and r.answer = 'COMING'),
       exists (select 1 from incident_event e where e.incident_id = i.id and e.kind = 'GONG_REQUESTED')
from incident i;
