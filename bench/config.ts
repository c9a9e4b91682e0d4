/** The load described in DESIGN.md "Performance goals", and the bench's timing. */
export const LOAD_LEVELS = [50, 200] as const;

/** Updates each writer sends per second. */
export const UPDATES_PER_SECOND = 2;
/** Sent but not measured: lets connections, JIT and buffers settle. */
export const WARMUP_MS = 2_000;
/** Updates sent in this window after the warm-up are measured. */
export const MEASURE_MS = 10_000;
/** How long after the last send an update may still arrive before it counts as lost. */
export const DRAIN_MS = 3_000;

/** Stock providers that observe every update. */
export const OBSERVERS = 3;
/** Worker threads sharing the raw writers. */
export const WRITER_WORKERS = 2;

/** Entries in the document whose cold load is timed. */
export const BIG_TIMELINE_ENTRIES = 5_000;

/** Upper bound for any single wait (server start, connect, sync). */
export const STEP_TIMEOUT_MS = 60_000;

export const HOST = "127.0.0.1";
