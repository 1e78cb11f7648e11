-- Each node's last sign of life: outbox rows claimed by a node that stopped beating go back to the queue (ADR 7).
CREATE TABLE node_heartbeat (
    node    VARCHAR(100) NOT NULL PRIMARY KEY,
    beat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
