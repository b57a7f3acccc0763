-- Discreet notifications (issue 31, docs/PRIVACY-AND-SAFETY.md). A row is one device that one name asked to be
-- told on, and holds only what the push service needs to reach it: the endpoint the browser gave and the keys that
-- encrypt the message for it. Each name subscribes through its own service-worker scope, so two names in one
-- browser have two endpoints, and nothing in their rows is shared but the kind of message: no time (two names made
-- to subscribe one after another would sit side by side), no sequence (a random id, made by the app), no language.
-- It goes with the name (ON DELETE CASCADE), and when the push service answers that the endpoint is gone.
CREATE TABLE push_subscriptions (
    id           uuid NOT NULL,
    pseudonym_id uuid NOT NULL,
    kind         text NOT NULL,
    endpoint     text NOT NULL,
    p256dh       text NOT NULL,
    auth         text NOT NULL,
    CONSTRAINT pk_push_subscriptions PRIMARY KEY (id),
    CONSTRAINT fk_push_subscriptions_pseudonym_id FOREIGN KEY (pseudonym_id) REFERENCES pseudonyms (id) ON DELETE CASCADE
);
CREATE INDEX ix_push_subscriptions_pseudonym_id ON push_subscriptions (pseudonym_id);
CREATE UNIQUE INDEX ix_push_subscriptions_endpoint ON push_subscriptions (endpoint);

-- The forum's VAPID key pair, beside the Data Protection key ring (0009) and for the same reason: every node signs
-- with the same key, or a browser would refuse the pushes of all nodes but the one it subscribed through. One row,
-- made by whichever node needs it first (INSERT … ON CONFLICT DO NOTHING, then read back: two nodes agree).
CREATE TABLE push_keys (
    id          integer NOT NULL,
    public_key  text    NOT NULL,
    private_key text    NOT NULL,
    CONSTRAINT pk_push_keys PRIMARY KEY (id),
    CONSTRAINT ck_push_keys_one CHECK (id = 1)
);
