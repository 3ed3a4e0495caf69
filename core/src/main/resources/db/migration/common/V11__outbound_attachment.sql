-- Files sent with an outbound message (report PDF, spreadsheet, chart), for channels that carry files.
create table outbound_attachment (
    outbox_id    bigint       not null references outbound_message (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    primary key (outbox_id, position)
);

alter table outbound_message add column attachment_count integer not null default 0;
