package vn.keng.incident;

import vn.keng.messaging.Notice;

/**
 * What a report did, for the dialog to pass on: the answer to the reporter (null when the fan-out
 * answers after the commit), and the incident their next message adds details to (null when none).
 */
record ReportReceipt(Notice reply, Long followUpIncident) {

    static ReportReceipt only(Notice reply) {
        return new ReportReceipt(reply, null);
    }
}
