-- The leader among several nodes: the node holding an unexpired lease polls the mailboxes (ADR 11).
CREATE TABLE leader_lease (
    name       VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder     VARCHAR(100) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
