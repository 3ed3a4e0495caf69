-- Replies go out through the SMS provider (and Android phone) a message came in on; a commune may
-- have its own SMS route. "via" names the provider ("twilio", "android:<phone>"), commune_id is the
-- recipient's commune when the row was written.
alter table inbound_message add column via varchar(64);
alter table outbound_message add column via varchar(64);
alter table outbound_message add column commune_id bigint;

-- The Android SIM gateways (one row per configured phone), seen by every instance: the last sign of
-- life (a signed webhook, system:ping among them), whether officials were told it went silent, and
-- the last check of its webhook registrations.
create table android_gateway_phone (
    phone               varchar(40)  primary key,
    watched_since       timestamp with time zone not null,
    last_seen_at        timestamp with time zone,
    last_ping_at        timestamp with time zone,
    last_event          varchar(32),
    device_id           varchar(64),
    down_since          timestamp with time zone,
    down_notified_at    timestamp with time zone,
    webhooks_checked_at timestamp with time zone,
    webhooks_problem    varchar(300)
);
