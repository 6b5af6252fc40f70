package org.cepheus.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.cepheus.learn.Manifest;
import org.cepheus.learn.SplitPart;

/**
 * Which stars a report or an evaluation scores, said in words. The default (no --split given) is
 * the model's held-back test stars when the catalog holds any of them, else every labelled star
 * with a warning: one rule for {@code evaluate}, {@code report} and the GUI's export.
 *
 * @param part     the stars scored
 * @param words    the choice in a sentence for the report's header
 * @param warning  why the scores may flatter the model (training stars included), or null
 * @param training how many of the scored catalog's stars the model was trained or validated on
 */
public record SplitChoice(SplitPart part, String words, String warning, int training) {

    /**
     * @param requested the user's --split, or null for the default
     * @param starIds   the ids of the catalog's stars
     */
    public static SplitChoice of(Manifest model, Set<String> starIds, SplitPart requested) {
        Manifest.SplitIds split = model.split();
        int test = split == null ? 0 : count(split.test(), starIds);
        int training = split == null ? 0 : count(split.train(), starIds) + count(split.validation(), starIds);
        SplitPart part = requested != null ? requested : test > 0 ? SplitPart.TEST : SplitPart.ALL;
        String from = split == null ? "" : "; the model was trained on '" + split.catalog() + "'";
        return switch (part) {
            case TEST -> new SplitChoice(part, "the model's " + test + " held-back test stars found in this catalog"
                    + " (never seen in training" + from + ")", null, 0);
            case ALL -> new SplitChoice(part, "all labelled stars of the model's classes in this catalog"
                    + (requested == null ? ", because the catalog holds none of the model's held-back test stars" : ""),
                    training == 0 ? null : training + " of the scored stars were used to train or validate the model"
                            + " (" + from.substring(2) + "): these scores overstate how well it does on new stars", training);
            case TRAIN, VALIDATION -> {
                String name = part.name().toLowerCase(Locale.ROOT);
                yield new SplitChoice(part, "the model's " + name + " stars found in this catalog",
                        "these stars were used in training: the scores overstate how well it does on new stars",
                        count(split == null ? java.util.List.of() : split.part(part), starIds));
            }
        };
    }

    private static int count(java.util.List<String> ids, Set<String> present) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) if (present.contains(id)) seen.add(id);
        return seen.size();
    }
}
