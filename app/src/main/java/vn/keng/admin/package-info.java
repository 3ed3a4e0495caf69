/**
 * The admin REST API under {@code /api/v1}: the registry (communes, villages, gong points, signal
 * tables, households, people, fire-safety groups, rosters) and the CSV import, behind HTTP Basic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admin API")
package vn.keng.admin;
