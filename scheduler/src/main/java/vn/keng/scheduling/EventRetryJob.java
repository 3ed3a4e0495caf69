package vn.keng.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Hands the event publications still incomplete after {@code keng.scheduling.event-retry-after} to
 * their listeners again: a listener that failed, or an instance that died after the publishing
 * transaction committed and before its listeners finished (a new incident's alarms). On one
 * instance of the cluster at a time; the listeners are idempotent, so a publication delivered twice
 * does its work once.
 */
@DisallowConcurrentExecution
class EventRetryJob implements Job {

    private final IncompleteEventPublications publications;
    private final SchedulingSettings settings;

    EventRetryJob(IncompleteEventPublications publications, SchedulingSettings settings) {
        this.publications = publications;
        this.settings = settings;
    }

    @Override
    public void execute(JobExecutionContext context) {
        publications.resubmitIncompletePublicationsOlderThan(settings.eventRetryAfter());
    }
}
