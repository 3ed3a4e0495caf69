package vn.keng.sms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.keng.messaging.ChannelType;
import vn.keng.messaging.DeliveryReports;
import vn.keng.messaging.DeliveryStatus;

/** Stands in for the core's delivery reports until they land: records every report. */
class RecordingDeliveryReports implements DeliveryReports {

    record Report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode, Integer units) {
    }

    final List<Report> reports = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public boolean report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode) {
        return report(channel, providerMessageId, status, errorCode, null);
    }

    @Override
    public boolean report(ChannelType channel, String providerMessageId, DeliveryStatus status, String errorCode,
            Integer units) {
        if (failing) {
            throw new IllegalStateException("database down");
        }
        reports.add(new Report(channel, providerMessageId, status, errorCode, units));
        return true;
    }

    void reset() {
        reports.clear();
        failing = false;
    }
}
