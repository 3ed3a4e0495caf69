package vn.keng.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.keng.TestUsers;

/**
 * Beside a real SMS provider or Telegram, the simulator could send a real fire alarm as any resident:
 * its page and its API need the administrator's login (a viewer may not play residents either).
 */
@RealProvidersTest
class LockedSimulatorTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void withoutTheAdminLoginTheSimulatorIsClosed() throws Exception {
        for (String path : new String[] {"/simulator", "/simulator/", "/simulator/index.html", "/simulator/simulator.js",
                "/simulator/api/people", "/simulator/api/people?q=0912000001", "/simulator/api/outbox",
                "/simulator/api/conversation?personId=1"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, TestUsers.VIEWER).statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> send = http.send(HttpRequest.newBuilder(uri("/simulator/api/send"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"personId\":1,\"text\":\"BAO CHAY\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(send.statusCode()).isEqualTo(401);
    }

    @Test
    void theAdministratorPlaysAndSeesPhoneNumbers() throws Exception {
        HttpResponse<String> people = get("/simulator/api/people?q=0912000001", TestUsers.ADMIN);
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body()).contains("0912000001");
        assertThat(get("/simulator/index.html", TestUsers.ADMIN).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
