-- Report queries over the duty records (one row per gong point per night, ~2.2 M a year in a province):
-- covering indexes, so a commune's or a village's year of nights is counted from the index alone
-- (index-only scans on PostgreSQL) instead of one heap page per record.
create index nightly_duty_report_commune_idx on nightly_duty (commune_id, night, village_id, status, confirmed_by, id);
create index nightly_duty_report_village_idx on nightly_duty (village_id, night, status, confirmed_by, id);
