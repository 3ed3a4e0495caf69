package vn.keng.sms;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.twilio.security.RequestValidator;

import jakarta.servlet.http.HttpServletRequest;

/** Checks X-Twilio-Signature against the URL Twilio called (public-url + path), whatever proxy is in between. */
class TwilioSignatures {

    private static final Logger log = LoggerFactory.getLogger(TwilioSignatures.class);

    private final RequestValidator validator;
    private final String publicBase;

    TwilioSignatures(RequestValidator validator, String publicBase) {
        this.validator = validator;
        this.publicBase = publicBase;
    }

    boolean valid(String path, String query, Map<String, String> params, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        String url = publicBase + path + (query == null || query.isEmpty() ? "" : "?" + query);
        return validator.validate(url, params, signature);
    }

    /** The form parameters of a webhook call when its X-Twilio-Signature is right for them; empty (and logged) otherwise. */
    Optional<Map<String, String>> signedParams(HttpServletRequest request) {
        Map<String, String> params = formParams(request);
        if (valid(request.getRequestURI(), request.getQueryString(), params, request.getHeader("X-Twilio-Signature"))) {
            return Optional.of(params);
        }
        log.warn("Twilio webhook {} refused: missing or wrong X-Twilio-Signature", request.getRequestURI());
        return Optional.empty();
    }

    /** The POST parameters Twilio signed: the request's parameters less those of the query string. */
    private static Map<String, String> formParams(HttpServletRequest request) {
        Set<String> queryNames = new HashSet<>();
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                queryNames.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
            }
        }
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!queryNames.contains(name) && values.length > 0) {
                params.put(name, values[0]);
            }
        });
        return params;
    }
}
