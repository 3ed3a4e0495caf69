package vn.keng.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test: how long training and classifying take, and the model's size, logged as BENCHMARK
 * lines (nothing asserts on time). Run with
 * {@code mvn -B -pl core -am verify -Pbenchmark -Dtest=IntentModelBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class IntentModelBenchmark {

    private static final Logger log = LoggerFactory.getLogger(IntentModelBenchmark.class);

    @Test
    void trainingAndClassification() {
        List<Long> trainings = new ArrayList<>();
        IntentModel model = null;
        for (int i = 0; i < 5; i++) {
            model = new IntentModel();
            trainings.add(model.trainingMillis());
        }
        List<String> texts = new ArrayList<>();
        IntentCorpus.load(IntentCorpus.RESOURCE).forEach(e -> texts.add(e.text()));
        Understanding understanding = new Understanding(model);
        Situation resident = UnderstandingEvaluation.situation("RESIDENT");
        for (int warm = 0; warm < 20_000; warm++) {
            understanding.read(texts.get(warm % texts.size()), null, resident);
        }
        int rounds = 100_000;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            model.classify(texts.get(i % texts.size()));
        }
        double classifyMicros = (System.nanoTime() - started) / 1000.0 / rounds;
        started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            understanding.read(texts.get(i % texts.size()), null, resident);
        }
        double readMicros = (System.nanoTime() - started) / 1000.0 / rounds;
        log.info(String.format(Locale.ROOT,
                "BENCHMARK intent model: %d examples, %d features; training %s ms (5 runs, the first cold); "
                        + "classify %.1f µs/message, whole reading %.1f µs/message (%d messages)",
                model.examples(), model.features(), trainings, classifyMicros, readMicros, rounds));
    }
}
