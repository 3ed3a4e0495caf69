-- The provider (and phone) a report came in through ("twilio", "android:viettel"): the reporter's
-- receipt, written after the report committed, goes back the same way as a direct reply would.
alter table incident_reporter add column via varchar(64);
