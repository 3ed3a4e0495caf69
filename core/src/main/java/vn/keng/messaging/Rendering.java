package vn.keng.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.keng.registry.Language;

/**
 * Renders a notice for one channel: Telegram and the simulator keep diacritics and show options as
 * buttons; SMS gets GSM-7 text (unless the commune keeps Unicode) with the options written in as
 * numbered replies ("Tra loi 1=Den ngay, 2=Khong the").
 */
@Component
class Rendering {

    private final Templates templates;

    Rendering(Templates templates) {
        this.templates = templates;
    }

    Rendered render(Notice notice, Language language, ChannelType channel, boolean unicodeSms) {
        String text = templates.render(notice.template(), language, channel, notice.params(), unicodeSms);
        List<ReplyOption> options = new ArrayList<>();
        int number = 1;
        for (Notice.Option option : notice.options()) {
            String label = templates.render(option.labelTemplate(), language, channel, notice.params(), unicodeSms);
            options.add(new ReplyOption(option.number() != null ? option.number() : number++, label, option.data()));
        }
        return withOptions(text, options, language, channel, unicodeSms);
    }

    /** Re-renders an already rendered message for another channel (fallback Telegram → SMS). */
    Rendered convert(String text, List<ReplyOption> options, Language language, ChannelType channel, boolean unicodeSms) {
        String converted = channel == ChannelType.SMS && !unicodeSms ? TextForms.toGsm7(text) : text;
        List<ReplyOption> labels = options.stream().map(o -> new ReplyOption(o.number(),
                channel == ChannelType.SMS && !unicodeSms ? TextForms.toGsm7(o.label()) : o.label(), o.data())).toList();
        return withOptions(converted, labels, language, channel, unicodeSms);
    }

    private Rendered withOptions(String text, List<ReplyOption> options, Language language, ChannelType channel,
            boolean unicodeSms) {
        if (channel.hasButtons() || options.isEmpty()) {
            return new Rendered(text, options);
        }
        StringBuilder choices = new StringBuilder();
        for (ReplyOption option : options) {
            if (choices.length() > 0) {
                choices.append(", ");
            }
            choices.append(option.number()).append('=').append(option.label());
        }
        String line = templates.render("messaging.options", language, channel, Map.of("options", choices), unicodeSms);
        return new Rendered(text + "\n" + line, options);
    }

    /** A text for one channel, and the options it offers (buttons, or numbered replies already in the text). */
    record Rendered(String text, List<ReplyOption> options) {
    }
}
