package vn.keng.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Plans the next rounds of every commune: the periodic safety net behind the settings event. */
@DisallowConcurrentExecution
class RoundPlanJob implements Job {

    private final RoundPlanner planner;

    RoundPlanJob(RoundPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        planner.planAll();
    }
}
