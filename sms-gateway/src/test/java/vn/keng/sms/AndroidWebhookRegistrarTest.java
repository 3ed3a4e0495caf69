package vn.keng.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The service registers its webhooks on a WireMock gateway: once, again only what changed, duplicates removed. */
class AndroidWebhookRegistrarTest {

    private static final String PUBLIC = "https://keng.example.org";
    private static final String URL = PUBLIC + "/webhooks/sms/android";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void registersEveryEventUnderItsOwnIdOnAPhoneWithNone() {
        listing("[]");
        wm.stubFor(post(urlPathEqualTo("/3rdparty/v1/webhooks")).willReturn(aResponse().withStatus(201)));

        assertThat(registrar(wm.baseUrl() + "/3rdparty/v1").check(phone(wm.baseUrl() + "/3rdparty/v1"))).isNull();

        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/3rdparty/v1/webhooks")))).hasSize(5);
        for (String[] event : new String[][] {{"sms:received", "rcv"}, {"sms:sent", "snt"}, {"sms:delivered", "dlv"},
                {"sms:failed", "fail"}, {"system:ping", "ping"}}) {
            wm.verify(postRequestedFor(urlPathEqualTo("/3rdparty/v1/webhooks")).withRequestBody(equalToJson(
                    "{\"id\":\"keng-default-" + event[1] + "\",\"url\":\"" + URL + "\",\"event\":\"" + event[0] + "\"}")));
        }
    }

    @Test
    void registersNothingWhenAllIsInPlaceAndOnlyWhatChanged() {
        listing("[" + hook("keng-default-rcv", URL, "sms:received") + "," + hook("keng-default-snt", URL, "sms:sent") + ","
                + hook("keng-default-dlv", URL, "sms:delivered") + "," + hook("keng-default-fail", URL, "sms:failed") + ","
                + hook("keng-default-ping", "https://old.example.org/webhooks/sms/android", "system:ping") + "]");
        wm.stubFor(post(urlPathEqualTo("/webhooks")).willReturn(aResponse().withStatus(201)));

        assertThat(registrar(wm.baseUrl()).check(phone(wm.baseUrl()))).isNull();

        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/webhooks")))).singleElement()
                .satisfies(r -> assertThat(r.getBodyAsString()).contains("keng-default-ping", URL));
    }

    @Test
    void deletesAHandMadeRegistrationOfTheSameEventAndUrlSoNothingArrivesTwice() {
        listing("[" + hook("keng-default-rcv", URL, "sms:received") + "," + hook("keng-default-snt", URL, "sms:sent") + ","
                + hook("keng-default-dlv", URL, "sms:delivered") + "," + hook("keng-default-fail", URL, "sms:failed") + ","
                + hook("keng-default-ping", URL, "system:ping") + "," + hook("LreFUt-Z3sSq0JufY9uWB", URL, "sms:received")
                + "," + hook("other-app", "https://crm.example.org/sms", "sms:received") + "]");
        wm.stubFor(delete(urlPathEqualTo("/webhooks/LreFUt-Z3sSq0JufY9uWB")).willReturn(aResponse().withStatus(204)));

        assertThat(registrar(wm.baseUrl()).check(phone(wm.baseUrl()))).isNull();

        assertThat(wm.findAll(deleteRequestedFor(urlPathEqualTo("/webhooks/LreFUt-Z3sSq0JufY9uWB")))).hasSize(1);
        assertThat(wm.findAll(deleteRequestedFor(urlPathEqualTo("/webhooks/other-app")))).isEmpty();
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/webhooks")))).isEmpty();
    }

    @Test
    void sayWhatWentWrongWhenThePhoneRefusesOrIsAway() {
        wm.stubFor(get(urlPathEqualTo("/webhooks")).willReturn(aResponse().withStatus(401).withBody("Unauthorized")));
        assertThat(registrar(wm.baseUrl()).check(phone(wm.baseUrl()))).contains("HTTP 401");

        assertThat(registrar("http://127.0.0.1:9").check(phone("http://127.0.0.1:9"))).isNotNull();
    }

    private static void listing(String json) {
        wm.stubFor(get(urlPathEqualTo("/webhooks")).willReturn(aResponse().withStatus(200).withBody(json)));
        wm.stubFor(get(urlPathEqualTo("/3rdparty/v1/webhooks")).willReturn(aResponse().withStatus(200).withBody(json)));
    }

    private static String hook(String id, String url, String event) {
        return "{\"id\":\"" + id + "\",\"url\":\"" + url + "\",\"event\":\"" + event + "\"}";
    }

    private static AndroidPhone phone(String url) {
        return AndroidSettings.single(url, "sms", "pass", "key", Duration.ZERO, Duration.ofSeconds(2)).requirePhones().get(0);
    }

    private static AndroidWebhookRegistrar registrar(String url) {
        return new AndroidWebhookRegistrar(new AndroidPhones(List.of(phone(url))), new AndroidApi(Duration.ofSeconds(2)),
                PUBLIC, Duration.ofHours(1), null, Clock.systemUTC());
    }
}
