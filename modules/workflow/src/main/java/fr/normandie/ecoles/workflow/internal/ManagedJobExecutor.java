package fr.normandie.ecoles.workflow.internal;

import org.camunda.bpm.engine.impl.jobexecutor.ThreadPoolJobExecutor;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Camunda's job executor running on threads the container made ({@code ManagedThreadFactory}), so that
 * timers and reminders execute with the application's class loader, naming and CDI context. The
 * queue is bounded: when it is full, the engine leaves the jobs for a later acquisition.
 */
class ManagedJobExecutor extends ThreadPoolJobExecutor {

    private final ThreadFactory threads;

    ManagedJobExecutor(ThreadFactory threads, int poolSize, int queueSize) {
        this.threads = threads;
        setThreadPoolExecutor(new ThreadPoolExecutor(poolSize, poolSize, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueSize), threads));
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (jobAcquisitionThread == null) {
            jobAcquisitionThread = threads.newThread(acquireJobsRunnable);
            jobAcquisitionThread.start();
        }
    }

    @Override
    protected void stopExecutingJobs() {
        getThreadPoolExecutor().shutdown();
        try {
            getThreadPoolExecutor().awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
