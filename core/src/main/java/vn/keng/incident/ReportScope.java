package vn.keng.incident;

/**
 * Where a report belongs: the commune, the village and the fire-safety group (null when unknown),
 * and whether the reporter is known (verified) or an unknown number (to be verified).
 */
record ReportScope(Long communeId, Long villageId, Long groupId, boolean verified) {
}
