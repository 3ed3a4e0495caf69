package vn.keng.scheduling;

import java.time.LocalDate;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;

import vn.keng.duty.GongRounds;
import vn.keng.duty.RoundStep;

/**
 * One step of one commune's night: passes the commune, the night and the step to the core. One
 * job per commune, so that a commune's steps never overlap; the core keys each step by commune +
 * night + step, so a second firing (a node wrongly declared dead, a misfire) changes nothing.
 */
@DisallowConcurrentExecution
class RoundStepJob implements Job {

    static final String COMMUNE = "communeId";
    static final String NIGHT = "night";
    static final String STEP = "step";

    private static final Logger log = LoggerFactory.getLogger(RoundStepJob.class);

    private final GongRounds rounds;

    RoundStepJob(GongRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        long communeId = data.getLong(COMMUNE);
        LocalDate night = LocalDate.parse(data.getString(NIGHT));
        RoundStep step = RoundStep.valueOf(data.getString(STEP));
        try {
            boolean ran = rounds.run(communeId, night, step);
            log.debug("Step {} of commune {} for {}: {}", step, communeId, night, ran ? "ran" : "had run before");
        } catch (TransientDataAccessException e) {
            // a striker confirmed the same record at that moment (optimistic lock), a deadlock: the step
            // rolled back with its ledger entry, so running it again is safe
            log.info("Step {} of commune {} for {} met a concurrent change; running it again", step, communeId, night);
            throw new JobExecutionException(e, true);
        } catch (RuntimeException e) {
            throw new JobExecutionException("Step " + step + " of commune " + communeId + " for " + night + " failed", e);
        }
    }
}
