package vn.keng.sms;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Webhook calls as Twilio makes them: a form POST, signed with Twilio's documented algorithm. */
final class TwilioRequests {

    private TwilioRequests() {
    }

    /** HMAC-SHA1 of the full URL Twilio called (query included) and the sorted POST name-value pairs. */
    static String signature(String publicUrl, String pathAndQuery, Map<String, String> params, String token)
            throws Exception {
        StringBuilder data = new StringBuilder(publicUrl + pathAndQuery);
        new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return java.util.Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The form POST, with the X-Twilio-Signature header when a signature is given. */
    static MockHttpServletRequestBuilder form(String pathAndQuery, Map<String, String> params, String signature) {
        String form = params.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = post(pathAndQuery).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(form);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
