package org.cepheus.report;

import java.util.List;
import java.util.Map;
import org.cepheus.learn.EvaluationResult;

/**
 * Everything a classification report says, built once ({@link ReportBuilder}) and rendered by each
 * format's writer, so the HTML, PDF, CSV and JSON of one run cannot disagree.
 *
 * @param metrics null when no star of the catalog has one of the model's classes
 * @param stars   every classified star, in catalog order
 * @param panels  per class the most confident right answers, then the most confident wrong ones
 */
public record ReportModel(Header header, EvaluationResult metrics, List<StarEntry> stars, List<Panel> panels) {

    public ReportModel {
        stars = List.copyOf(stars);
        panels = List.copyOf(panels);
    }

    public List<String> classes() { return header.modelClasses(); }

    /**
     * @param catalog         the catalog's path as the user gave it
     * @param catalogClasses  stars per label (unlabelled stars under "")
     * @param trainingCatalog the catalog the model was trained on, with the sizes of its split parts
     * @param preset          the model kind's preset the hyper-parameters started from
     * @param hyperParameters name -> value as trained (after command-line overrides)
     * @param software        versions recorded when the model was trained
     * @param reportSoftware  versions of the Cepheus that wrote the report
     * @param temperature     the softmax temperature fitted on the validation stars, null when none was
     * @param novelty         the novelty detector in words, null when the bundle has none
     */
    public record Header(String catalog, int catalogStars, Map<String, Integer> catalogClasses,
                         String modelFile, String modelKind, String modelKindName, List<String> modelClasses,
                         String trainingCatalog, int trainStars, int validationStars, int testStars,
                         String preset, Map<String, String> hyperParameters, int bestEpoch,
                         Map<String, String> software, String trainedBackend, String trained,
                         Map<String, String> reportSoftware, String reportBackend, String written,
                         SplitChoice split, Double temperature, String novelty) {
        public Header {
            catalogClasses = Map.copyOf(catalogClasses);
            modelClasses = List.copyOf(modelClasses);
            hyperParameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hyperParameters));
            software = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(software));
            reportSoftware = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(reportSoftware));
        }

        /** The header as the HTML and PDF show it: label, text (hyper-parameters one per line). */
        public List<Map.Entry<String, String>> rows() {
            StringBuilder hp = new StringBuilder();
            hyperParameters.forEach((k, v) -> hp.append(k).append(" = ").append(v).append("\n"));
            return List.of(
                    Map.entry("catalog", catalog),
                    Map.entry("stars", catalogStars + " (" + counts(catalogClasses) + ")"),
                    Map.entry("model", modelFile),
                    Map.entry("model kind", modelKindName + " (" + modelKind + ")"),
                    Map.entry("model classes", String.join(", ", modelClasses)),
                    Map.entry("training data", "'" + trainingCatalog + "': " + trainStars + " train, " + validationStars
                            + " validation, " + testStars + " held-back test stars"),
                    Map.entry("preset", preset),
                    Map.entry("hyper-parameters", hp.toString().strip()),
                    Map.entry("best epoch", Integer.toString(bestEpoch)),
                    Map.entry("probabilities", temperature == null
                            ? "the network's softmax (no temperature fitted: a bundle from before calibration)"
                            : String.format(java.util.Locale.ROOT, "softmax at temperature %.3f, fitted on the validation stars (calibration)", temperature)),
                    Map.entry("novelty", novelty == null ? "no detector in this bundle (trained before it existed)" : novelty),
                    Map.entry("trained", trained + " on " + trainedBackend + " with " + versions(software)),
                    Map.entry("report written", written + " on " + reportBackend + " with " + versions(reportSoftware)),
                    Map.entry("stars scored", split.words()));
        }

        private static String counts(Map<String, Integer> counts) {
            StringBuilder b = new StringBuilder();
            new java.util.TreeMap<>(counts).forEach((c, n) -> b.append(b.length() == 0 ? "" : ", ")
                    .append(c.isEmpty() ? "unlabelled" : c).append(" ").append(n));
            return b.toString();
        }

        private static String versions(Map<String, String> software) {
            StringBuilder b = new StringBuilder();
            software.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(" ").append(v));
            return b.toString();
        }
    }

    /**
     * One star's answer.
     *
     * @param trueLabel    catalog class, or null
     * @param period       the period the figures fold at (days; NaN when none could be found)
     * @param periodSource "catalog", or the search method that found it ("gls"), or "" when none
     * @param novelty      NaN when the model has no novelty detector
     * @param flags        flag codes, sorted (low_probability, novel, ...)
     * @param part         the model's split part the star was in (train, validation, test) or ""
     * @param scored       counted in the metrics
     */
    public record StarEntry(String id, String trueLabel, String predicted, float probability, float[] probabilities,
                            double period, String periodSource, double novelty, List<String> flags, String part,
                            boolean scored) {
        public StarEntry {
            flags = List.copyOf(flags);
        }

        public boolean wrong() { return trueLabel != null && scored && !trueLabel.equals(predicted); }
    }

    /**
     * A figure panel: the star's raw curve (the band with most points), folded at its period, and
     * its periodogram (frequency in 1/d, thinned).
     *
     * @param className the class the panel illustrates
     * @param correct   a right answer (else one of the most confident wrong ones)
     */
    public record Panel(String className, boolean correct, StarEntry star, String band,
                        double[] time, double[] mag, double[] phase, double[] foldedMag,
                        double[] frequency, double[] power) { }
}
