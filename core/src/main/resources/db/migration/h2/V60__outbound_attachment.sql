-- Files sent with an outbound message (a report's chart, PDF and workbook), in order.
-- Binary columns differ between PostgreSQL (bytea) and H2 (binary large object): this migration exists per vendor.
create table outbound_attachment (
    outbox_id    bigint       not null references outbound_message (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      binary large object not null,
    primary key (outbox_id, position)
);
