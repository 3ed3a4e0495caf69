-- The parameters a row was rendered with (and its options' label templates), so that a message that falls
-- back to another channel is rendered again from its template, in that channel's variant (SMS: the ".sms"
-- text), instead of the chat text with its diacritics stripped. Null on rows written before.
alter table outbound_message add column params text;
