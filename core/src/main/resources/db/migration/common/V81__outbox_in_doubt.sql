-- A row whose earlier attempt may have reached the provider (its instance died or stalled holding it,
-- or the provider did not answer in time) keeps the claim time of that attempt: before sending again,
-- a channel that can ask its provider (Twilio: messages to the number since then) reconciles, and a
-- channel that cannot marks the resend as such.
alter table outbound_message add column in_doubt_since timestamp with time zone;
