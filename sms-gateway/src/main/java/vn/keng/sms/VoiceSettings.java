package vn.keng.sms;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.twilio.twiml.voice.Say;

/**
 * The voice channel's settings under {@code keng.voice} (Twilio Voice, the account of
 * {@code keng.sms.twilio.account-sid} / {@code auth-token}). When the core calls, and how many, is
 * the core's part of the same prefix ({@code alarm-after}, {@code max-calls}, {@code alarm-window},
 * {@code sweep}: {@code vn.keng.incident.CallSettings}).
 *
 * @param enabled whether calls are made at all (default false: no voice channel)
 * @param from the Twilio number calls come from (E.164, a voice-capable number of the account)
 * @param publicUrl the base URL Twilio calls back and signs (the gather and status webhooks are below it)
 * @param language the language of {@code <Say>} for Vietnamese texts ({@code vi-VN}); English texts are said in en-US
 * @param voice the text-to-speech voice for Vietnamese texts (a voice of {@code language}, e.g.
 *        {@code Google.vi-VN-Standard-A}); empty leaves Twilio's default for the language
 * @param playUrl an audio file the commune recorded (MP3 or WAV, public HTTPS URL) played instead of the spoken
 *        alarm text for alarms; empty: the text is spoken
 * @param callsPerSecond calls started per second across all instances (Twilio: 1 per number by default)
 * @param gatherTimeout how long a call waits for a key after the question
 * @param ringTimeout how long the phone rings before the call counts as not answered
 */
@ConfigurationProperties("keng.voice")
record VoiceSettings(
        @DefaultValue("false") boolean enabled,
        String from,
        String publicUrl,
        @DefaultValue("vi-VN") String language,
        @DefaultValue("Google.vi-VN-Standard-A") String voice,
        String playUrl,
        @DefaultValue("1") double callsPerSecond,
        @DefaultValue("PT8S") Duration gatherTimeout,
        @DefaultValue("PT30S") Duration ringTimeout) {

    static final String GATHER_PATH = "/webhooks/voice/twilio/gather";
    static final String STATUS_PATH = "/webhooks/voice/twilio/status";

    /** Fails with a message naming every missing or wrong setting, the Twilio account's included. */
    VoiceSettings requireComplete(TwilioSettings twilio) {
        List<String> missing = new ArrayList<>();
        if (TwilioSettings.blank(from)) {
            missing.add("keng.voice.from (KENG_VOICE_FROM)");
        }
        if (TwilioSettings.blank(publicUrl)) {
            missing.add("keng.voice.public-url (KENG_VOICE_PUBLICURL)");
        }
        if (twilio == null || TwilioSettings.blank(twilio.accountSid())) {
            missing.add("keng.sms.twilio.account-sid (KENG_SMS_TWILIO_ACCOUNT_SID)");
        }
        if (twilio == null || TwilioSettings.blank(twilio.authToken())) {
            missing.add("keng.sms.twilio.auth-token (KENG_SMS_TWILIO_AUTH_TOKEN)");
        }
        List<String> wrong = new ArrayList<>();
        if (sayLanguage().isEmpty()) {
            wrong.add("keng.voice.language '" + language + "' is no language of Twilio's <Say> (e.g. vi-VN)");
        }
        if (!TwilioSettings.blank(playUrl) && !httpUrl(playUrl)) {
            wrong.add("keng.voice.play-url '" + playUrl + "' is no http(s) URL");
        }
        if (!TwilioSettings.blank(publicUrl) && !httpUrl(publicUrl)) {
            wrong.add("keng.voice.public-url '" + publicUrl + "' is no http(s) URL");
        }
        if (!(callsPerSecond > 0)) {
            wrong.add("keng.voice.calls-per-second must be above 0, was " + callsPerSecond);
        }
        if (gatherTimeout.toSeconds() < 1 || ringTimeout.toSeconds() < 5) {
            wrong.add("keng.voice.gather-timeout must be at least PT1S and keng.voice.ring-timeout at least PT5S");
        }
        if (!missing.isEmpty() || !wrong.isEmpty()) {
            StringBuilder message = new StringBuilder("Voice calls are enabled (keng.voice.enabled=true) but");
            if (!missing.isEmpty()) {
                message.append(" lack ").append(String.join(", ", missing));
            }
            if (!wrong.isEmpty()) {
                message.append(missing.isEmpty() ? " " : "; ").append(String.join("; ", wrong));
            }
            throw new IllegalStateException(message.toString());
        }
        return this;
    }

    String publicBase() {
        return TwilioSettings.strip(publicUrl);
    }

    Optional<Say.Language> sayLanguage() {
        return Arrays.stream(Say.Language.values()).filter(l -> l.toString().equalsIgnoreCase(language.strip()))
                .findFirst();
    }

    /** The configured voice as the SDK knows it, if it does (Twilio adds voices: an unknown name is passed as it is). */
    Optional<Say.Voice> sayVoice() {
        if (TwilioSettings.blank(voice)) {
            return Optional.empty();
        }
        return Arrays.stream(Say.Voice.values()).filter(v -> v.toString().equalsIgnoreCase(voice.strip())).findFirst();
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
