/** Rows per batch: the most POST /clients/contacts/_batch takes (API.md §5.2). */
export const BATCH_SIZE = 100;

/**
 * Batches in flight at once. Each operation of a batch is its own transaction (API.md §5.2), run one after
 * another, so one batch commits one row at a time; on SQLite it is the transactions of batches in flight
 * together that group commit (src/db/sqlite-group-commit.ts) puts under one fsync. 100,000 rows into a
 * SQLite server took 218 s with 4 in flight and 167 s with 16 (bench/README.md, Import).
 */
export const CONCURRENCY = 16;

/** The most batches in flight one import asks a server to take at once. */
export const MAX_CONCURRENCY = 32;
