package vn.keng.sms;

import java.util.Map;

import com.twilio.security.RequestValidator;

/** Checks X-Twilio-Signature against the URL Twilio called (public-url + path), whatever proxy is in between. */
class TwilioSignatures {

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
}
