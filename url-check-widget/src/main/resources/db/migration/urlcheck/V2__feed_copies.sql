-- The feed files the refreshing instance downloaded, kept so that the other instances build the very same snapshot
-- from the database instead of downloading every feed again (one download per refresh round per cluster; ADR 0017).
-- Gzip-compressed, in chunks of at most 1 MiB, so that neither side holds a whole feed in memory.
CREATE TABLE urlcheck_feed_copy (
    download_id     VARCHAR(40)  NOT NULL,
    source_name     VARCHAR(32)  NOT NULL,
    chunk_no        INTEGER      NOT NULL,
    data            BYTEA        NOT NULL,
    PRIMARY KEY (download_id, source_name, chunk_no)
);

-- Which stored download the published generation was built from (NULL: built from local sources only).
ALTER TABLE urlcheck_feed_lease ADD COLUMN download_id VARCHAR(40);
