package vn.keng.messaging;

import java.net.InetAddress;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

/**
 * This process's name in claims ({@code claimed_by}): host, process id and a random suffix, so two
 * application contexts in one JVM differ too. It is not kept across restarts: a restarted instance
 * takes over its former claims like any other instance's, once their lease ran out.
 */
@Component
class MessagingInstance {

    private final String id;

    MessagingInstance() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "host";
            }
        }
        if (host.length() > 60) {
            host = host.substring(0, 60);
        }
        String pid = String.valueOf(ProcessHandle.current().pid());
        this.id = host + ":" + pid + ":" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 35), 36);
    }

    String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }

}
