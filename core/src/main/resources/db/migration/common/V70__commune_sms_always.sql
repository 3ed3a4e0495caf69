-- Delivery policy: alarms and duty messages go by SMS to every phone and to every linked chat at once
-- (a chat "sent" proves nothing in Vietnam). A commune may turn it off to use one channel with fallback.
alter table commune add column sms_always boolean not null default true;
