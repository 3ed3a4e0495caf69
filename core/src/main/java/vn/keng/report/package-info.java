/**
 * Summary reports: the figures officials need per village and for the commune over a period (gong
 * rounds, incidents, fire-safety groups, gong points, nights per striker, SMS cost), asked for in
 * chat ("/baocao 2026", "BC 2026"), through the admin API, or delivered on schedule; rendered in
 * {@code render} as text, SMS, JSON, CSV, XLSX, PDF and a chart. Every section is aggregate SQL:
 * gong rounds, patrols and incidents over report's own read model ({@link vn.keng.report.ReportReadModel},
 * fed by duty's and incident's events), the registry, SMS, calls and notices still over those modules' tables.
 */
package vn.keng.report;
