package org.cepheus.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Train/validation/test split that keeps each class's share the same in every part (the paper's
 * 60/20/20). Deterministic for a seed and independent of catalog order: ids are sorted within
 * each class before a seeded shuffle.
 */
public final class StratifiedSplit {
    private StratifiedSplit() { }

    /**
     * @param stars labelled stars (unlabelled ones are ignored)
     * @return the ids of each part
     */
    /**
     * The given stars are the test part (those of them present); the others are split into training
     * and validation in the preset's proportion between those two. So a model trained after a label
     * review is tested on exactly the stars an earlier model held back.
     */
    public static Manifest.SplitIds splitWithTest(String catalogName, List<Star> stars, TrainingConfig.Split fractions, long seed,
                                                  java.util.Set<String> testIds) {
        List<Star> rest = new ArrayList<>();
        List<String> test = new ArrayList<>();
        for (Star s : stars) {
            if (testIds.contains(s.id())) test.add(s.id());
            else rest.add(s);
        }
        if (test.isEmpty()) {
            throw new IllegalArgumentException("none of the " + testIds.size() + " test stars to reuse is among the labelled stars of "
                    + catalogName + " that are trained on (checked classes, at least the preset's points): train on the catalog "
                    + "the earlier model was trained on, or on the preset's split");
        }
        double v = fractions.validation() / (fractions.train() + fractions.validation());
        Manifest.SplitIds tv = split(catalogName, rest, new TrainingConfig.Split(1 - v, v, 0), seed);
        return new Manifest.SplitIds(catalogName, seed, tv.train(), tv.validation(), test);
    }

    public static Manifest.SplitIds split(String catalogName, List<Star> stars, TrainingConfig.Split fractions, long seed) {
        Map<String, List<String>> byClass = new TreeMap<>();
        for (Star s : stars) if (s.label() != null) byClass.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(s.id());
        List<String> train = new ArrayList<>(), val = new ArrayList<>(), test = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byClass.entrySet()) {
            List<String> ids = new ArrayList<>(e.getValue());
            Collections.sort(ids);
            Collections.shuffle(ids, new Random(seed ^ e.getKey().hashCode()));
            int n = ids.size();
            int nVal = (int) Math.round(n * fractions.validation());
            int nTest = (int) Math.round(n * fractions.test());
            // every part gets at least one star of each class when the class is big enough
            if (n >= 3) {
                nVal = Math.max(1, nVal);
                if (fractions.test() > 0) nTest = Math.max(1, nTest);
            }
            int nTrain = Math.max(0, n - nVal - nTest);
            train.addAll(ids.subList(0, nTrain));
            val.addAll(ids.subList(nTrain, nTrain + nVal));
            test.addAll(ids.subList(nTrain + nVal, n));
        }
        return new Manifest.SplitIds(catalogName, seed, train, val, test);
    }
}
