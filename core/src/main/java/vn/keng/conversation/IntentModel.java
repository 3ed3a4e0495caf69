package vn.keng.conversation;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The intent model for free text: an OpenNLP maximum-entropy document categorizer trained at
 * start-up from the labelled corpus in the repository ({@value IntentCorpus#RESOURCE}), over the
 * features of {@link IntentFeatures} (on a thread of its own, so that the rest of the application
 * starts meanwhile; the first classification waits for it). It only reads: what a message may do is decided by
 * {@link Understanding}.
 */
@Component
class IntentModel {

    private static final Logger log = LoggerFactory.getLogger(IntentModel.class);
    private static final int ITERATIONS = 200;

    private final IntentFeatures features = new IntentFeatures();
    private final int examples;
    /** Trained on a thread of its own while the application starts; the first question waits for it. */
    private final CompletableFuture<Trained> training;

    /** The trained model, its outcomes in the model's order, and how long training took. */
    private record Trained(MaxentModel model, Intent[] outcomes, long millis) {
    }

    IntentModel() {
        this(IntentCorpus.load(IntentCorpus.RESOURCE));
    }

    IntentModel(List<IntentCorpus.Example> corpus) {
        this.examples = corpus.size();
        this.training = new CompletableFuture<>();
        Thread trainer = new Thread(() -> {
            try {
                training.complete(train(corpus));
            } catch (Throwable e) {
                training.completeExceptionally(e);
            }
        }, "intent-model-training");
        trainer.setDaemon(true);
        trainer.start();
    }

    private Trained train(List<IntentCorpus.Example> corpus) throws IOException {
        long started = System.nanoTime();
        List<DocumentSample> samples = corpus.stream()
                .map(e -> new DocumentSample(e.intent().name(), Words.of(e.text()).typed().toArray(String[]::new)))
                .toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, Math.min(2, Runtime.getRuntime().availableProcessors()));
        params.put("PrintMessages", false);
        MaxentModel model = DocumentCategorizerME.train("vi", ObjectStreamUtils.createObjectStream(samples), params,
                new DoccatFactory(new FeatureGenerator[] {features})).getMaxentModel();
        Intent[] outcomes = new Intent[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = Intent.valueOf(model.getOutcome(i));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Intent model trained on {} examples in {} ms", corpus.size(), millis);
        return new Trained(model, outcomes, millis);
    }

    private Trained trained() {
        try {
            return training.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The intent model could not be trained", e.getCause());
        }
    }

    /** How likely each intent is for the text, and the most likely one. */
    public Classification classify(String text) {
        String[] typed = Words.of(text).typed().toArray(String[]::new);
        Collection<String> context = features.extractFeatures(typed, Map.of());
        Trained trained = trained();
        Intent[] outcomes = trained.outcomes();
        double[] probabilities = trained.model().eval(context.toArray(String[]::new));
        Map<Intent, Double> scores = new EnumMap<>(Intent.class);
        Intent best = Intent.NONE;
        double top = -1;
        for (int i = 0; i < probabilities.length; i++) {
            scores.put(outcomes[i], probabilities[i]);
            if (probabilities[i] > top) {
                top = probabilities[i];
                best = outcomes[i];
            }
        }
        return new Classification(best, top, scores);
    }

    int examples() {
        return examples;
    }

    long trainingMillis() {
        return trained().millis();
    }

    /** The number of distinct features the model weighs (its size). */
    int features() {
        if (trained().model() instanceof opennlp.tools.ml.model.AbstractModel m && m.getDataStructures()[1] instanceof Map<?, ?> predicates) {
            return predicates.size();
        }
        return -1;
    }

    /**
     * What the model read.
     *
     * @param intent the most likely intent
     * @param confidence its probability
     * @param scores every intent's probability
     */
    public record Classification(Intent intent, double confidence, Map<Intent, Double> scores) {

        public Classification {
            scores = Map.copyOf(scores);
        }

        /** The likeliest emergency and its probability. */
        public Map.Entry<Intent, Double> bestEmergency() {
            Map.Entry<Intent, Double> best = Map.entry(Intent.FIRE, 0.0);
            for (Map.Entry<Intent, Double> e : scores.entrySet()) {
                if (e.getKey().emergency() && e.getValue() > best.getValue()) {
                    best = e;
                }
            }
            return best;
        }

        /** The probability that the text reports an emergency of any kind. */
        public double emergency() {
            return scores.entrySet().stream().filter(e -> e.getKey().emergency()).mapToDouble(Map.Entry::getValue).sum();
        }
    }
}
