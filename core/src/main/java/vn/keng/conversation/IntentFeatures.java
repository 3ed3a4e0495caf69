package vn.keng.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The features the intent model sees in a message, given as the words typed (lower case, diacritics
 * as typed): folded words and word pairs, character 2- to 4-grams of each folded word (so "chays",
 * "bcháy" and "CHAY" share most of their features with "cháy"), the words typed with diacritics
 * (they tell "chạy", run, from "cháy", fire, when the sender typed them), and a length bucket.
 */
final class IntentFeatures implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] typed, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>(typed.length * 16);
        String previous = "^";
        for (String word : typed) {
            String folded = vn.keng.messaging.TextForms.withoutDiacritics(word);
            features.add("w=" + folded);
            features.add("b=" + previous + "_" + folded);
            if (!folded.equals(word)) {
                features.add("t=" + word);
            }
            String padded = "<" + folded + ">";
            for (int n = 2; n <= 4; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.add("c" + n + "=" + padded.substring(i, i + n));
                }
            }
            previous = folded;
        }
        features.add("b=" + previous + "_$");
        features.add("len=" + Math.min(typed.length, 6));
        return features;
    }
}
