/**
 * Quartz jobs and triggers: thin jobs that pass ids to core use cases. Quartz runs on the JDBC job
 * store, clustered on the application's database, in each commune's time zone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package vn.keng.scheduling;
