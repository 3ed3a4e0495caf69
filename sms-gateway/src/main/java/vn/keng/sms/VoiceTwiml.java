package vn.keng.sms;

import java.util.List;
import java.util.Map;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Play;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;

import vn.keng.messaging.ReplyOption;
import vn.keng.messaging.Templates;
import vn.keng.registry.Language;

/**
 * The TwiML of a call, built with the SDK's {@code VoiceResponse}: the question (the message
 * spoken, or the commune's recording played for alarms, then "press 1: ..., press 2: ...") inside
 * a {@code <Gather>} of one key whose action is the gather webhook; no key leads to the same
 * webhook, which asks once more and then ends politely. Texts come from the message bundles
 * ({@code messages/voice_*.properties}).
 */
class VoiceTwiml {

    /** Rounds of the question: the first, and one repeat. */
    static final int LAST_ROUND = 2;

    private final VoiceSettings settings;
    private final Templates templates;

    VoiceTwiml(VoiceSettings settings, Templates templates) {
        this.settings = settings;
        this.templates = templates;
    }

    /**
     * The question of a call.
     *
     * @param outboxId the call's outbox row, named in the gather URL
     * @param text the message, as rendered for the channel
     * @param options the keys offered
     * @param play whether the commune's recording replaces the spoken text (alarms, when configured)
     * @param round 1 for the first time, 2 for the repeat
     * @param preface what is said before the question (the repeat's "that key is not offered"), or null
     */
    String question(long outboxId, String text, List<ReplyOption> options, Language language, boolean play, int round,
            String preface) {
        String action = settings.publicBase() + VoiceSettings.GATHER_PATH + "?outbox=" + outboxId + "&round=" + round
                + "&lang=" + language.code();
        Gather.Builder gather = new Gather.Builder().inputs(Gather.Input.DTMF).numDigits(1)
                .timeout((int) Math.max(1, settings.gatherTimeout().toSeconds())).action(action).method(HttpMethod.POST);
        if (play && playUrl() != null) {
            gather.play(new Play.Builder(playUrl()).build());
        } else {
            gather.say(say(text, language));
        }
        if (!options.isEmpty()) {
            StringBuilder keys = new StringBuilder();
            for (ReplyOption option : options) {
                keys.append(text("voice.press", language, Map.of("digit", option.number(), "label", option.label())))
                        .append(' ');
            }
            gather.say(say(keys.toString(), language));
        }
        VoiceResponse.Builder response = new VoiceResponse.Builder();
        if (preface != null) {
            response.say(say(preface, language));
        }
        response.gather(gather.build());
        // No key pressed: Twilio goes on with the next verb, which brings the call back to the webhook without Digits.
        response.redirect(new Redirect.Builder(action).method(HttpMethod.POST).build());
        return xml(response.build());
    }

    /** A key was taken: thanks, and the call ends. */
    String thanks(Language language) {
        return ending("voice.thanks", language);
    }

    /** No key offered after the repeat: the call ends politely. */
    String goodbye(Language language) {
        return ending("voice.goodbye", language);
    }

    /** The key could not be recorded (the database is down): say so and ask for an SMS. */
    String failed(Language language) {
        return ending("voice.failed", language);
    }

    String text(String key, Language language, Map<String, ?> params) {
        return speakable(templates.render(key, language, vn.keng.messaging.ChannelType.VOICE, params, true));
    }

    private String ending(String key, Language language) {
        return xml(new VoiceResponse.Builder().say(say(text(key, language, Map.of()), language))
                .hangup(new Hangup.Builder().build()).build());
    }

    private Say say(String text, Language language) {
        Say.Builder say = new Say.Builder(speakable(text));
        if (language == Language.EN) {
            return say.language(Say.Language.EN_US).build();
        }
        settings.sayLanguage().ifPresent(say::language);
        if (!TwilioSettings.blank(settings.voice())) {
            settings.sayVoice().ifPresentOrElse(say::voice, () -> say.option("voice", settings.voice().strip()));
        }
        return say.build();
    }

    private String playUrl() {
        return TwilioSettings.blank(settings.playUrl()) ? null : settings.playUrl().strip();
    }

    /**
     * The text as a voice reads it: emoji and other pictographs dropped (a text-to-speech voice would
     * name them or stumble), line breaks as pauses, single spaces. Vietnamese letters stay.
     */
    static String speakable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED || cp == 0xFE0F || cp == 0x200D) {
                return;
            }
            if (cp == '\n' || cp == '\r') {
                out.append(". ");
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().replaceAll("\\s+", " ").replaceAll("(\\s*\\.\\s*){2,}", ". ").strip();
    }

    private static String xml(VoiceResponse response) {
        try {
            return response.toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML could not be built", e);
        }
    }
}
