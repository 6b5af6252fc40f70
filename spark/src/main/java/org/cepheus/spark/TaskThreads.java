package org.cepheus.spark;

import org.apache.spark.TaskContext;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs a task's science on as many threads as Spark gave the task ({@code spark.task.cpus}, 1 by
 * default). The desktop code spreads feature extraction over the common fork-join pool, which
 * every task of an executor shares and which is sized by the machine, not by Spark: at
 * {@code local[1]} one task kept two cores busy. Parallel streams started inside a pool's worker
 * run in that pool, so a pool per task keeps each task to its share.
 */
final class TaskThreads {
    private TaskThreads() { }

    static <T> T call(Callable<T> work) throws Exception {
        TaskContext task = TaskContext.get();
        int threads = task == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, task.cpus());
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception x) throw x;
            if (c instanceof Error x) throw x;
            throw e;
        } finally {
            pool.shutdown();
        }
    }
}
