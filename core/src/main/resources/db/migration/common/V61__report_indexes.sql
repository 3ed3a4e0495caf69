-- Report queries: people of a commune (SMS cost per commune), groups by village.
create index person_commune_idx on person (commune_id, village_id);
create index household_village_group_idx on household (village_id, group_id);
