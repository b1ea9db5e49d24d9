-- Schema 10: one sender per bot token across the bot processes (Telegram's limit is per token). The
-- key names the token by a hash, never the token itself; the lease runs until `until`, by the
-- server's clock, and is renewed by its holder while it runs.

CREATE TABLE sender_leases (
    key    text COLLATE "C" PRIMARY KEY,
    holder text NOT NULL,
    until  timestamptz NOT NULL
);
