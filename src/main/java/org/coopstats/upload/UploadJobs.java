package org.coopstats.upload;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.coopstats.lines.ReturnContext;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uploads being processed or recently finished, in memory: a restart forgets them (nothing
 * half-written survives one: an upload writes in one transaction). A few worker threads
 * process them in turn; the rest wait. Results are kept for a day, then forgotten.
 */
@Singleton
class UploadJobs {

    /** Unfinished uploads one State may have at a time: more would only wait behind them. */
    static final int UNFINISHED_PER_STATE = 3;

    private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();
    private final UploadProcessor processor;
    private final UploadSettings settings;
    private final ExecutorService workers;

    UploadJobs(UploadProcessor processor, UploadSettings settings) {
        this.processor = processor;
        this.settings = settings;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, settings.workers()), task -> {
            Thread thread = new Thread(task, "case-line-upload-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    private record Queued(UploadProcessor processor, UploadJob job, IncomingCsv file, CsvLayout layout,
                          ReturnContext context) implements Runnable {
        @Override
        public void run() {
            processor.run(job, file, layout, context);
        }
    }

    void start(UploadJob job, IncomingCsv file, CsvLayout layout, ReturnContext context) {
        jobs.put(job.id, job);
        workers.execute(new Queued(processor, job, file, layout, context));
    }

    /** The upload, if it is this State's and in this cycle: another State's officer is told it does not exist. */
    Optional<UploadJob> find(String id, String iso3, String cycleCode) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.iso3.equals(iso3) && job.cycleCode.equals(cycleCode));
    }

    long unfinished(String iso3) {
        return jobs.values().stream().filter(job -> job.iso3.equals(iso3) && !job.status().finished()).count();
    }

    @Scheduled(fixedDelay = "10m", initialDelay = "10m")
    void forgetOld() {
        Instant limit = Instant.now().minus(settings.keepJobsFor());
        jobs.values().removeIf(job -> {
            Instant finished = job.finishedAt();
            boolean old = finished != null && finished.isBefore(limit);
            if (old && job.report() != null) {
                job.report().delete();
            }
            return old;
        });
    }

    @PreDestroy
    void stop() {
        for (Runnable waiting : workers.shutdownNow()) {
            ((Queued) waiting).file().delete();
        }
        jobs.values().forEach(job -> {
            if (job.report() != null) {
                job.report().delete();
            }
        });
    }
}
