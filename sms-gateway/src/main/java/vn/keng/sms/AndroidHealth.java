package vn.keng.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The phones' health: a contributor {@code androidPhones} with one indicator per phone (DOWN once it
 * has been silent for the ping time-out), shown as the health group {@code androidGateway}
 * ({@code /actuator/health/androidGateway}: 503 while a phone is down) and kept out of the service's own
 * status ({@code /actuator/health}) and of readiness: a silent phone is a route down, its SMS fail over,
 * the instance works on.
 */
final class AndroidHealth {

    static final String GROUP = "androidGateway";
    static final String CONTRIBUTOR = "androidPhones";

    private AndroidHealth() {
    }

    static CompositeHealthContributor contributor(AndroidPhones phones, AndroidPhoneWatch watch) {
        Map<String, HealthIndicator> byPhone = new LinkedHashMap<>();
        phones.all().forEach(phone -> byPhone.put(phone.name(), () -> health(phone, watch)));
        return CompositeHealthContributor.fromMap(byPhone);
    }

    private static Health health(AndroidPhone phone, AndroidPhoneWatch watch) {
        var since = watch.silentSince(phone.name());
        AndroidPhoneStates.State state = watch.states().get(phone.name());
        Health.Builder builder = since == null ? Health.up() : Health.down().withDetail("silentSince", since.toString());
        builder.withDetail("mode", phone.cloud() ? "cloud" : "local").withDetail("api", phone.base());
        if (phone.deviceId() != null) {
            builder.withDetail("deviceId", phone.deviceId());
        }
        if (!phone.carriers().isEmpty()) {
            builder.withDetail("carriers", phone.carriers());
        }
        if (!phone.communes().isEmpty()) {
            builder.withDetail("communes", phone.communes());
        }
        if (state != null) {
            put(builder, "lastSeen", state.lastSeenAt());
            put(builder, "lastPing", state.lastPingAt());
            put(builder, "lastEvent", state.lastEvent());
            put(builder, "officialsToldAt", state.downNotifiedAt());
            put(builder, "webhooksCheckedAt", state.webhooksCheckedAt());
            put(builder, "webhooksProblem", state.webhooksProblem());
        }
        return builder.build();
    }

    private static void put(Health.Builder builder, String key, Object value) {
        if (value != null) {
            builder.withDetail(key, value.toString());
        }
    }

    /** Adds the group and takes the phones out of the service's own status. */
    static HealthEndpointGroupsPostProcessor groups() {
        return groups -> {
            Map<String, HealthEndpointGroup> named = new LinkedHashMap<>();
            groups.getNames().forEach(name -> named.put(name, groups.get(name)));
            named.putIfAbsent(GROUP, new Group(groups.getPrimary(), true));
            return HealthEndpointGroups.of(new Group(groups.getPrimary(), false), named);
        };
    }

    /** A group seeing only the phones, or everything the delegate sees but them. */
    private record Group(HealthEndpointGroup delegate, boolean phonesOnly) implements HealthEndpointGroup {

        @Override
        public boolean isMember(String name) {
            boolean phone = name.equals(CONTRIBUTOR) || name.startsWith(CONTRIBUTOR + "/");
            return phonesOnly ? phone : !phone && delegate.isMember(name);
        }

        @Override
        public boolean showComponents(SecurityContext securityContext) {
            return delegate.showComponents(securityContext);
        }

        @Override
        public boolean showDetails(SecurityContext securityContext) {
            return delegate.showDetails(securityContext);
        }

        @Override
        public StatusAggregator getStatusAggregator() {
            return delegate.getStatusAggregator();
        }

        @Override
        public HttpCodeStatusMapper getHttpCodeStatusMapper() {
            return delegate.getHttpCodeStatusMapper();
        }

        @Override
        public AdditionalHealthEndpointPath getAdditionalPath() {
            return phonesOnly ? null : delegate.getAdditionalPath();
        }
    }
}
