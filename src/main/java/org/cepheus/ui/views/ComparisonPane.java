package org.cepheus.ui.views;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.cepheus.learn.ModelComparison;

/**
 * The before-and-after table of a label review: accuracy, macro-F1 and each class's F1 of the
 * model trained on the original labels and of the one trained on the curated labels, on the same
 * held-out stars, with the answers fixed and broken. Shows a {@link ModelComparison}; computes nothing.
 */
final class ComparisonPane extends VBox {
    private final Label summary = new Label("Choose the model trained on the original labels (before) and the one trained on the curated labels (after), then Compare");
    private final TableView<ModelComparison.Row> table = new TableView<>();
    private final Label changes = new Label();
    private ModelComparison shown;

    ComparisonPane() {
        super(6);
        setPadding(new Insets(8));
        summary.setId("reviewComparisonSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        changes.setId("reviewComparisonChanges");
        changes.setWrapText(true);
        changes.setMinHeight(Label.USE_PREF_SIZE);
        table.setId("reviewComparisonTable");
        table.setPlaceholder(new Label("No comparison yet"));
        table.getColumns().add(column("", ModelComparison.Row::name));
        table.getColumns().add(column("before", r -> String.format(Locale.ROOT, "%.3f", r.before())));
        table.getColumns().add(column("after", r -> String.format(Locale.ROOT, "%.3f", r.after())));
        table.getColumns().add(column("change", r -> String.format(Locale.ROOT, "%+.3f", r.change())));
        table.getColumns().add(column("stars", r -> String.valueOf(r.stars())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(summary, table, changes);
    }

    private static TableColumn<ModelComparison.Row, String> column(String name, java.util.function.Function<ModelComparison.Row, String> f) {
        TableColumn<ModelComparison.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(f.apply(x.getValue())));
        c.setSortable(false);
        return c;
    }

    void show(ModelComparison c, Path before, Path after) {
        shown = c;
        summary.setText(String.format(Locale.ROOT, "%,d held-out stars (neither model trained or validated on them)%s; before: %s, after: %s",
                c.count(), c.skipped().isEmpty() ? "" : "; left out: " + c.skipped(), before.getFileName(), after.getFileName()));
        table.getItems().setAll(c.rows());
        changes.setText("Answers: " + c.changesLine());
    }

    ModelComparison shown() { return shown; }
    TableView<ModelComparison.Row> table() { return table; }
    Label summary() { return summary; }
    Label changes() { return changes; }
}
