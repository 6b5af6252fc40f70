package org.cepheus.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cepheus.ui.StarRow;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;

/**
 * The catalog table's per-column filters, opened by right-clicking a column header: numbers by a
 * range (a range slider over the catalog's values and typed from/to bounds), class-like columns by
 * a checklist of their values with counts, the id by a substring. All active filters combine
 * (and); {@link #predicateProperty()} is null while none is.
 */
final class ColumnFilters {
    private final ObservableList<StarRow> stars;
    private final Map<TableColumn<StarRow, ?>, Filter> filters = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Predicate<StarRow>> predicate = new ReadOnlyObjectWrapper<>(this, "predicate");

    ColumnFilters(ObservableList<StarRow> stars) {
        this.stars = stars;
    }

    /** One column's filter: its predicate (null: inactive), its menu content, a reset. */
    private abstract class Filter {
        final TableColumn<StarRow, ?> column;
        final String name;
        Predicate<StarRow> test;

        Filter(TableColumn<StarRow, ?> column, String name) {
            this.column = column;
            this.name = name;
        }

        abstract VBox content();

        /** Re-reads the catalog's values when the menu opens. */
        abstract void refresh();

        abstract void reset();

        /** What the filter keeps, for the header's tooltip; null when inactive. */
        abstract String describe();

        void set(Predicate<StarRow> p) {
            test = p;
            changed();
        }
    }

    /** Numbers: a range; stars without a value (no period yet) pass only when asked. */
    private final class RangeFilter extends Filter {
        final ToDoubleFunction<StarRow> value;
        final String format;
        final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
        final TextField from = new TextField(), to = new TextField();
        final CheckBox empty = new CheckBox("also stars without a value");
        final Label extent = new Label();
        final boolean canBeEmpty;
        final boolean log; // the slider runs over log10 of the value (periods span 0.05 to 1000 d)
        double lo = Double.NEGATIVE_INFINITY, hi = Double.POSITIVE_INFINITY;
        boolean syncing;

        RangeFilter(TableColumn<StarRow, ?> column, String name, ToDoubleFunction<StarRow> value, String format, boolean canBeEmpty,
                    boolean log) {
            super(column, name);
            this.log = log;
            this.canBeEmpty = canBeEmpty;
            this.value = value;
            this.format = format;
            String key = key(name);
            from.setId("filterFrom-" + key);
            to.setId("filterTo-" + key);
            slider.setId("filterRange-" + key);
            empty.setId("filterEmpty-" + key);
            from.setPrefColumnCount(9);
            to.setPrefColumnCount(9);
            from.setPromptText("min");
            to.setPromptText("max");
            slider.setPrefWidth(240);
            slider.lowValueProperty().addListener((o, a, b) -> slid());
            slider.highValueProperty().addListener((o, a, b) -> slid());
            slider.lowValueChangingProperty().addListener((o, a, b) -> { if (!b) apply(); });
            slider.highValueChangingProperty().addListener((o, a, b) -> { if (!b) apply(); });
            from.setOnAction(e -> typed());
            to.setOnAction(e -> typed());
            empty.setOnAction(e -> apply());
        }

        @Override
        VBox content() {
            HBox bounds = new HBox(6, new Label("from"), from, new Label("to"), to);
            bounds.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label hint = new Label("drag the ends, or type a bound and press Enter (empty: no bound)");
            hint.getStyleClass().add("hint");
            extent.getStyleClass().add("hint");
            VBox box = new VBox(6, new Label("Show stars with " + name + (log ? " (slider on a log scale; type days)" : "")),
                    slider, extent, bounds);
            if (canBeEmpty) box.getChildren().add(empty);
            box.getChildren().add(hint);
            return box;
        }

        @Override
        void refresh() {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (StarRow s : stars) {
                double v = value.applyAsDouble(s);
                if (Double.isFinite(v) && (!log || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            syncing = true;
            if (min > max) { // no star has a value yet
                extent.setText("no star has a value yet");
                min = 0;
                max = 1;
            } else {
                extent.setText("in this catalog: " + show(min) + " to " + show(max));
            }
            slider.setDisable(min == max);
            double a = toSlider(min), b = toSlider(max);
            // max before min: a new minimum above the old maximum would be refused
            slider.setMax(Math.max(b > a ? b : a + 1, slider.getMax()));
            slider.setMin(a);
            slider.setMax(b > a ? b : a + 1);
            slider.setLowValue(Double.isFinite(lo) ? Math.max(a, toSlider(lo)) : slider.getMin());
            slider.setHighValue(Double.isFinite(hi) ? Math.min(slider.getMax(), toSlider(hi)) : slider.getMax());
            from.setText(Double.isFinite(lo) ? show(lo) : "");
            to.setText(Double.isFinite(hi) ? show(hi) : "");
            syncing = false;
        }

        /** A value as a slider position: log10 of it on a log scale (a bound at or below 0 is the slider's start). */
        private double toSlider(double v) {
            return !log ? v : v > 0 ? Math.log10(v) : Double.NEGATIVE_INFINITY;
        }

        private double fromSlider(double x) {
            return log ? Math.pow(10, x) : x;
        }

        private String show(double v) {
            return String.format(Locale.ROOT, format, v);
        }

        /** The slider moved: its ends become the bounds (an end at the catalog's extreme is no bound). */
        private void slid() {
            if (syncing) return;
            lo = slider.getLowValue() <= slider.getMin() ? Double.NEGATIVE_INFINITY : fromSlider(slider.getLowValue());
            hi = slider.getHighValue() >= slider.getMax() ? Double.POSITIVE_INFINITY : fromSlider(slider.getHighValue());
            syncing = true;
            from.setText(Double.isFinite(lo) ? show(lo) : "");
            to.setText(Double.isFinite(hi) ? show(hi) : "");
            syncing = false;
            if (!slider.isLowValueChanging() && !slider.isHighValueChanging()) apply();
        }

        private void typed() {
            Double a = number(from), b = number(to);
            if (a == null || b == null) return; // marked invalid, filter unchanged
            lo = a;
            hi = b;
            syncing = true;
            if (Double.isFinite(hi)) slider.setHighValue(Math.max(slider.getMin(), Math.min(slider.getMax(), toSlider(hi))));
            else slider.setHighValue(slider.getMax());
            if (Double.isFinite(lo)) slider.setLowValue(Math.max(slider.getMin(), Math.min(slider.getHighValue(), toSlider(lo))));
            else slider.setLowValue(slider.getMin());
            syncing = false;
            apply();
        }

        /** The typed bound (infinite when empty), or null when it is not a number. */
        private Double number(TextField f) {
            String t = f.getText() == null ? "" : f.getText().strip();
            f.getStyleClass().remove("invalid");
            if (t.isEmpty()) return f == from ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                f.getStyleClass().add("invalid");
                return null;
            }
        }

        private void apply() {
            boolean bounded = Double.isFinite(lo) || Double.isFinite(hi);
            if (!bounded) {
                set(null);
                return;
            }
            double a = lo, b = hi;
            boolean keepEmpty = empty.isSelected();
            set(s -> {
                double v = value.applyAsDouble(s);
                return Double.isNaN(v) ? keepEmpty : v >= a && v <= b;
            });
        }

        @Override
        void reset() {
            lo = Double.NEGATIVE_INFINITY;
            hi = Double.POSITIVE_INFINITY;
            empty.setSelected(false);
            test = null;
        }

        @Override
        String describe() {
            if (test == null) return null;
            String a = Double.isFinite(lo) ? show(lo) + " ≤ " : "", b = Double.isFinite(hi) ? " ≤ " + show(hi) : "";
            return a + name + b + (empty.isSelected() ? " or none" : "");
        }
    }

    /** Labels (class, predicted): a checklist of the values present, with counts. */
    private final class ChoiceFilter extends Filter {
        final Function<StarRow, String> value;
        final CheckListView<String> list = new CheckListView<>();
        final Map<String, String> valueOf = new LinkedHashMap<>(); // list item "RRab (40)" -> "RRab"
        java.util.Set<String> kept; // null: all
        boolean syncing;

        ChoiceFilter(TableColumn<StarRow, ?> column, String name, Function<StarRow, String> value) {
            super(column, name);
            this.value = value;
            list.setId("filterChoice-" + key(name));
            list.setPrefHeight(180);
            list.setPrefWidth(220);
            list.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
                if (!syncing) apply();
            });
        }

        @Override
        VBox content() {
            Button all = new Button("All"), none = new Button("None");
            all.setOnAction(e -> list.getCheckModel().checkAll());
            none.setOnAction(e -> list.getCheckModel().clearChecks());
            return new VBox(6, new Label("Show stars whose " + name + " is (uncheck to hide)"), list, new HBox(6, all, none));
        }

        @Override
        void refresh() {
            Map<String, Integer> counts = new TreeMap<>();
            for (StarRow s : stars) counts.merge(text(s), 1, Integer::sum);
            syncing = true;
            valueOf.clear();
            List<String> items = new ArrayList<>();
            counts.forEach((v, n) -> {
                String item = (v.isEmpty() ? "(none)" : v) + "  (" + n + ")";
                valueOf.put(item, v);
                items.add(item);
            });
            list.getItems().setAll(items);
            for (String item : items) {
                if (kept == null || kept.contains(valueOf.get(item))) list.getCheckModel().check(item);
            }
            syncing = false;
        }

        private String text(StarRow s) {
            String v = value.apply(s);
            return v == null ? "" : v;
        }

        private void apply() {
            java.util.Set<String> checked = new java.util.HashSet<>();
            for (String item : list.getCheckModel().getCheckedItems()) checked.add(valueOf.get(item));
            if (checked.size() == valueOf.size()) {
                kept = null;
                set(null);
            } else {
                kept = checked;
                set(s -> checked.contains(text(s)));
            }
        }

        /** Keeps only the given values (as the checklist would); for tests and scripts. */
        void keep(java.util.Collection<String> values) {
            refresh();
            syncing = true;
            list.getCheckModel().clearChecks();
            valueOf.forEach((item, v) -> { if (values.contains(v)) list.getCheckModel().check(item); });
            syncing = false;
            apply();
        }

        @Override
        void reset() {
            kept = null;
            test = null;
        }

        @Override
        String describe() {
            return kept == null ? null : name + " in " + new java.util.TreeSet<>(kept);
        }
    }

    /** Identifiers: a substring, case-insensitive (a checklist of 5,000 ids helps no one). */
    private final class ContainsFilter extends Filter {
        final Function<StarRow, String> value;
        final TextField field = new TextField();
        String part = "";

        ContainsFilter(TableColumn<StarRow, ?> column, String name, Function<StarRow, String> value) {
            super(column, name);
            this.value = value;
            field.setId("filterContains-" + key(name));
            field.setPromptText("part of the " + name);
            field.setOnAction(e -> {
                part = field.getText() == null ? "" : field.getText().strip().toLowerCase(Locale.ROOT);
                String p = part;
                set(p.isEmpty() ? null : s -> { String v = value.apply(s); return v != null && v.toLowerCase(Locale.ROOT).contains(p); });
            });
        }

        @Override
        VBox content() {
            return new VBox(6, new Label("Show stars whose " + name + " contains (Enter applies)"), field);
        }

        @Override
        void refresh() {
            field.setText(part);
        }

        @Override
        void reset() {
            part = "";
            test = null;
        }

        @Override
        String describe() {
            return test == null ? null : name + " contains \"" + part + "\"";
        }
    }

    /** @param canBeEmpty whether some stars may have no value (NaN), e.g. no period yet */
    void range(TableColumn<StarRow, ?> column, String name, ToDoubleFunction<StarRow> value, String format, boolean canBeEmpty) {
        install(new RangeFilter(column, name, value, format, canBeEmpty, false));
    }

    /** Periods: a range on a log10 slider (typed bounds in the column's unit); stars without one pass only when asked. */
    void logRange(TableColumn<StarRow, ?> column, String name, ToDoubleFunction<StarRow> value, String format) {
        install(new RangeFilter(column, name, value, format, true, true));
    }

    void choice(TableColumn<StarRow, ?> column, String name, Function<StarRow, String> value) {
        install(new ChoiceFilter(column, name, value));
    }

    void contains(TableColumn<StarRow, ?> column, String name, Function<StarRow, String> value) {
        install(new ContainsFilter(column, name, value));
    }

    private void install(Filter f) {
        filters.put(f.column, f);
        Button clear = new Button("Clear this filter");
        clear.setOnAction(e -> {
            f.reset();
            f.refresh();
            changed();
        });
        VBox box = f.content();
        box.getChildren().add(clear);
        box.setPadding(new Insets(4));
        CustomMenuItem item = new CustomMenuItem(box, false);
        ContextMenu menu = new ContextMenu(item);
        menu.setId("filterMenu-" + key(f.name));
        menu.setOnShowing(e -> f.refresh());
        f.column.setContextMenu(menu);
    }

    /** Removes every column filter (a new catalog has other values and ranges). */
    void clear() {
        for (Filter f : filters.values()) f.reset();
        changed();
    }

    boolean active() {
        return predicate.get() != null;
    }

    /** What the active filters keep, one per line; empty when none. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (Filter f : filters.values()) if (f.describe() != null) parts.add(f.describe());
        return String.join("\n", parts);
    }

    /** The active filter of a column, described; null when it has none. */
    String describe(TableColumn<StarRow, ?> column) {
        Filter f = filters.get(column);
        return f == null ? null : f.describe();
    }

    /** Keeps the stars whose column value is one of values (the checklist's effect). */
    void keep(TableColumn<StarRow, ?> column, java.util.Collection<String> values) {
        if (!(filters.get(column) instanceof ChoiceFilter c)) throw new IllegalArgumentException(column.getText() + " has no checklist");
        c.keep(values);
    }

    /** The combined predicate of the active column filters, null while none is. */
    ReadOnlyObjectProperty<Predicate<StarRow>> predicateProperty() {
        return predicate.getReadOnlyProperty();
    }

    private void changed() {
        List<Predicate<StarRow>> active = new ArrayList<>();
        for (Filter f : filters.values()) if (f.test != null) active.add(f.test);
        // a new object each time, so listeners hear every change
        predicate.set(active.isEmpty() ? null : s -> active.stream().allMatch(p -> p.test(s)));
    }

    private static String key(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "");
    }

    /**
     * A right click on a column header opens its filter menu; the header would also sort on the
     * button's release (JavaFX sorts on any button), so those presses and releases stop here.
     * Where the platform sent no context-menu request (it does on press on Linux, on release on
     * Windows, never in Monocle), the release opens the menu.
     */
    static void noSortOnRightClick(javafx.scene.control.TableView<?> table) {
        javafx.event.EventHandler<MouseEvent> stop = e -> {
            if (e.getButton() == MouseButton.PRIMARY) return;
            TableColumnHeader h = header(e.getTarget());
            if (h == null) return;
            e.consume();
            ContextMenu menu = h.getTableColumn().getContextMenu();
            if (e.getEventType() == MouseEvent.MOUSE_RELEASED && e.getButton() == MouseButton.SECONDARY
                    && menu != null && !menu.isShowing()) {
                menu.show(h, e.getScreenX(), e.getScreenY());
            }
        };
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, stop);
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, stop);
        table.addEventFilter(MouseEvent.MOUSE_CLICKED, stop);
    }

    private static TableColumnHeader header(Object target) {
        for (Object t = target; t instanceof javafx.scene.Node n; t = n.getParent()) {
            if (t instanceof TableColumnHeader h) return h;
        }
        return null;
    }
}
