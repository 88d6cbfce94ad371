package dev.emporium.platform.runtime;

import java.util.function.IntSupplier;

/**
 * Purges in bounded batches, each its own short statement, so a purge never holds a long lock or a long
 * transaction, and replicas purging at once (with {@code FOR UPDATE SKIP LOCKED}) share the work.
 */
public final class BatchedDeletes {

    private BatchedDeletes() {
    }

    /**
     * Runs {@code batch} (which deletes at most {@code batchSize} rows and returns how many) until a batch comes back
     * short or {@code maxBatches} ran; returns the rows deleted. The rest, if any, waits for the next run.
     */
    public static int repeat(int batchSize, int maxBatches, IntSupplier batch) {
        int total = 0;
        for (int i = 0; i < maxBatches; i++) {
            int deleted = batch.getAsInt();
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        return total;
    }
}
