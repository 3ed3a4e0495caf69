package vn.keng.messaging;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a notice was rendered from, kept with its outbox row ({@code params}): the template's parameters
 * as text and its options' label templates, so that a fallback renders it again for the next channel.
 */
final class NoticeParams {

    /** Parameter names are {@code [a-zA-Z0-9_]+}: a key with '@' cannot collide with one. */
    private static final String OPTION = "@option.";

    private NoticeParams() {
    }

    static String encode(Notice notice) {
        Properties properties = new Properties();
        notice.params().forEach((k, v) -> properties.setProperty(k, String.valueOf(v)));
        for (int i = 0; i < notice.options().size(); i++) {
            properties.setProperty(OPTION + i, notice.options().get(i).labelTemplate());
        }
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replaceFirst("^#.*\\R", ""); // the date comment
    }

    /** The notice of a row, or null when the row was written without its parameters. */
    static Notice decode(OutboxEntry row, String encoded) {
        if (encoded == null) {
            return null;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> params = new HashMap<>();
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith(OPTION))
                .forEach(k -> params.put(k, properties.getProperty(k)));
        List<Notice.Option> options = new ArrayList<>();
        for (int i = 0; i < row.options().size(); i++) {
            String label = properties.getProperty(OPTION + i);
            if (label == null) {
                return null;
            }
            ReplyOption option = row.options().get(i);
            options.add(new Notice.Option(label, option.data(), option.number()));
        }
        Correlation correlation = row.correlationKind() == null ? null
                : new Correlation(row.correlationKind(), row.correlationId());
        return new Notice(row.template(), params, options, row.priority(), correlation, row.validUntil(), List.of());
    }
}
