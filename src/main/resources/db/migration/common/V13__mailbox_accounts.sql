-- Mailboxes the administrator adds from the web (those in the configuration are not stored). The password is
-- sealed with AES-GCM under <data-dir>/mailbox-key.
CREATE TABLE mailbox_account (
    id               VARCHAR(41)  NOT NULL PRIMARY KEY,
    protocol         VARCHAR(10)  NOT NULL,
    host             VARCHAR(255) NOT NULL,
    port             INTEGER      NOT NULL,
    username         VARCHAR(320) NOT NULL,
    sealed_password  TEXT         NOT NULL,
    folders          VARCHAR(1000) NOT NULL,
    processed_folder VARCHAR(200) NOT NULL,
    failed_folder    VARCHAR(200) NOT NULL,
    poll_seconds     INTEGER      NOT NULL,
    organization     VARCHAR(50),
    added_by         VARCHAR(100) NOT NULL,
    added_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
