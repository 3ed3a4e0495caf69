package vn.keng.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The understanding judged as the issue judges it, on lines the model never learned from: a held-out
 * fifth of the corpus (the model trained on the rest), the end-to-end evaluation file and the
 * development sample of how villagers write. Lost reports: none. False alarms: at most 1% of the
 * lines that report nothing. Opt-out state changed only by an explicit command; a gong confirmed
 * only from a role that may. Precision and recall per label are printed.
 */
class UnderstandingEvaluationTest {

    static Understanding production;

    @BeforeAll
    static void train() {
        production = new Understanding(new IntentModel());
    }

    @Test
    void heldOutFifthOfTheCorpus() {
        List<IntentCorpus.Example> all = IntentCorpus.load(IntentCorpus.RESOURCE);
        List<IntentCorpus.Example> training = new ArrayList<>();
        List<UnderstandingEvaluation.Line> heldOut = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            IntentCorpus.Example example = all.get(i);
            if (i % 5 == 0) {
                heldOut.add(new UnderstandingEvaluation.Line(example.intent().name(),
                        example.intent() == Intent.REPORT ? "OFFICIAL" : "RESIDENT", example.text()));
            } else {
                training.add(example);
            }
        }
        UnderstandingEvaluation result = new UnderstandingEvaluation(new Understanding(new IntentModel(training))).run(heldOut);

        System.out.println(result.report("held-out fifth of the corpus"));
        assertSafe(result);
    }

    @Test
    void evaluationFileEndToEnd() {
        UnderstandingEvaluation result = new UnderstandingEvaluation(production)
                .run(UnderstandingEvaluation.lines("dialog/dialog-eval.tsv", 3));

        System.out.println(result.report("dialog-eval.tsv"));
        assertSafe(result);
        assertThat(result.wrong).as("commands, confirmations, report and help requests read wrongly")
                .filteredOn(o -> !o.line().expected().matches("FIRE|THEFT|RESCUE|DISORDER|REPORT|HELP")).isEmpty();
    }

    @Test
    void developmentSampleOfHowVillagersWrite() {
        UnderstandingEvaluation result = new UnderstandingEvaluation(production)
                .run(UnderstandingEvaluation.lines("dialog/messages-dev.tsv", 3));

        System.out.println(result.report("messages-dev.tsv"));
        assertSafe(result);
        assertThat(result.wrong).as("commands, confirmations, report requests read wrongly")
                .filteredOn(o -> !o.line().expected().matches("FIRE|THEFT|RESCUE|DISORDER")).isEmpty();
    }

    private static void assertSafe(UnderstandingEvaluation result) {
        assertThat(result.lost).as("emergency reports that raise no alarm and ask nothing").isEmpty();
        assertThat(result.falseAlarms.size()).as("false alarms among %d lines that report nothing", result.noneLines)
                .isLessThanOrEqualTo(result.noneLines / 100);
        assertThat(result.unwantedOptChanges).as("opt-out state changed without an explicit command").isEmpty();
        assertThat(result.forbiddenConfirmations).as("gong confirmed or incident closed by a plain resident").isEmpty();
    }
}
