package vn.keng.conversation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled examples the intent model learns from: a plain file, one {@code LABEL<TAB>text} per
 * line, {@code #} for comments (see {@code docs/dialog.md} to add lines).
 */
final class IntentCorpus {

    static final String RESOURCE = "dialog/intents.tsv";

    private IntentCorpus() {
    }

    /** One labelled line of the corpus. */
    record Example(Intent intent, String text, int line) {
    }

    static List<Example> load(String resource) {
        try (InputStream in = IntentCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Intent corpus not found on the class path: " + resource);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Example> parse(List<String> lines, String source) {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": expected LABEL<TAB>text");
            }
            Intent intent;
            try {
                intent = Intent.valueOf(line.substring(0, tab).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": unknown label " + line.substring(0, tab));
            }
            examples.add(new Example(intent, line.substring(tab + 1).strip(), i + 1));
        }
        return List.copyOf(examples);
    }
}
