-- Report queries: the time to an incident's first "coming" answer is read from this index alone
-- (one probe per incident); it also serves every lookup by incident the old single-column index did.
drop index incident_response_incident_idx;
create index incident_response_answer_idx on incident_response (incident_id, answer, answered_at);
