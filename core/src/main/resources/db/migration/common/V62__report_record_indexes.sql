-- Report queries over the duty records: a village's nights in a period (a village head's report).
-- A commune's nights use nightly_duty (commune_id, night) and incidents incident (commune_id, reported_at) (V20, V30).
create index nightly_duty_village_night_idx on nightly_duty (village_id, night);
