-- Short leases instead of a five-minute release: a claimed row names the instance that claimed it and
-- how long its claim holds (renewed while the work is in flight); an expired lease is taken over by any
-- instance. Inbound handling that failed is retried with back-off (attempts, next attempt).
alter table outbound_message add column claimed_by varchar(100);
alter table outbound_message add column lease_until timestamp with time zone;
create index outbound_message_lease_idx on outbound_message (status, lease_until);

alter table inbound_message add column claimed_by varchar(100);
alter table inbound_message add column lease_until timestamp with time zone;
alter table inbound_message add column attempts integer not null default 0;
alter table inbound_message add column next_attempt_at timestamp with time zone;
create index inbound_message_retry_idx on inbound_message (status, next_attempt_at);
create index inbound_message_lease_idx on inbound_message (status, lease_until);

-- Instances alive (heartbeat), so that a local rate limit can take its share of a channel's rate when
-- Redis is unreachable.
create table messaging_instance (
    id          varchar(100) primary key,
    started_at  timestamp with time zone not null,
    seen_at     timestamp with time zone not null
);

-- Dialog state and open questions written while Redis was unreachable.
create table fallback_state (
    state_key   varchar(200) primary key,
    content     varchar(8000) not null,
    stamped_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index fallback_state_expiry_idx on fallback_state (expires_at);
