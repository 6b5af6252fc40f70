package org.cepheus.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cepheus.learn.EvaluationResult;
import org.cepheus.service.AtomicFiles;

/**
 * The report as PDF (OpenPDF), landscape A4: the same sections as the HTML; figures are drawn by
 * JFreeChart straight into the page's vector graphics (text in figures as outlines, so any
 * character of a star id draws), tables are real PDF text.
 */
public final class PdfReport {
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 7);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font H1 = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font WARN = new Font(Font.HELVETICA, 9, Font.BOLD, new Color(0x8A5A00));

    private PdfReport() { }

    public static void write(ReportModel r, Path file) throws IOException {
        AtomicFiles.writeBytes(file, out -> {
            Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            try {
                PdfWriter writer = PdfWriter.getInstance(doc, out);
                doc.addTitle("Cepheus classification report: " + r.header().catalog());
                doc.addCreator("Cepheus " + r.header().reportSoftware().getOrDefault("cepheus", ""));
                doc.open();
                render(r, doc, writer.getDirectContent());
                doc.close();
            } catch (DocumentException e) {
                throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
            }
        });
    }

    private static void render(ReportModel r, Document doc, PdfContentByte cb) throws DocumentException {
        ReportModel.Header hd = r.header();
        doc.add(new Paragraph("Cepheus classification report", H1));
        PdfPTable head = new PdfPTable(new float[] {1, 5});
        head.setWidthPercentage(100);
        head.setSpacingBefore(6);
        for (java.util.Map.Entry<String, String> e : hd.rows()) {
            // one line for the hyper-parameters: a tall cell would push the metrics off the first page
            pair(head, e.getKey(), e.getKey().equals("hyper-parameters") ? e.getValue().replace("\n", ";  ") : e.getValue());
        }
        doc.add(head);
        if (hd.split().warning() != null) doc.add(new Paragraph("Warning: " + text(hd.split().warning()), WARN));

        EvaluationResult m = r.metrics();
        if (m != null) {
            doc.add(heading("Metrics on " + m.count() + " scored stars"));
            doc.add(new Paragraph(String.format(Locale.ROOT, "accuracy %.3f   macro precision %.3f   macro recall %.3f   macro F1 %.3f",
                    m.accuracy(), m.macroPrecision(), m.macroRecall(), m.macroF1()), BODY));
            if (m.skippedCount() > 0) doc.add(new Paragraph("skipped (class not in model): " + text(m.skippedClasses().toString()), BODY));
            PdfPTable t = new PdfPTable(5);
            t.setWidthPercentage(60);
            t.setHorizontalAlignment(Element.ALIGN_LEFT);
            t.setSpacingBefore(4);
            for (String c : List.of("class", "precision", "recall", "F1", "support")) t.addCell(cell(c, BOLD));
            for (int i = 0; i < m.classNames().size(); i++) {
                t.addCell(cell(m.classNames().get(i), BODY));
                t.addCell(cell(fmt(m.precision()[i]), BODY));
                t.addCell(cell(fmt(m.recall()[i]), BODY));
                t.addCell(cell(fmt(m.f1()[i]), BODY));
                t.addCell(cell(Integer.toString(m.support()[i]), BODY));
            }
            t.addCell(cell("macro", BOLD));
            t.addCell(cell(fmt(m.macroPrecision()), BODY));
            t.addCell(cell(fmt(m.macroRecall()), BODY));
            t.addCell(cell(fmt(m.macroF1()), BODY));
            t.addCell(cell(Integer.toString(m.count()), BODY));
            doc.add(t);
            List<Figure> figs = Figures.metricFigures(m);
            PdfPTable pair = new PdfPTable(2);
            pair.setWidthPercentage(100);
            pair.getDefaultCell().setBorder(0);
            pair.addCell(figure(cb, figs.get(0)));
            pair.addCell(figure(cb, figs.get(1)));
            doc.add(pair);
            Image scores = image(cb, figs.get(2));
            scores.scaleToFit(doc.getPageSize().getWidth() * 0.6f, 260);
            doc.add(scores);
        } else {
            doc.add(new Paragraph("No star of this catalog has one of the model's classes: predictions only, no metrics.", BODY));
        }

        if (!r.panels().isEmpty()) {
            doc.newPage();
            doc.add(heading("Examples per class"));
            doc.add(new Paragraph("For each class the most confident right answers" + (m == null ? "" : ", then the most"
                    + " confident wrong answers among its stars (red title)") + ": raw curve, folded at the star's period, periodogram.", BODY));
            for (ReportModel.Panel p : r.panels()) {
                Image img = image(cb, Figures.panel(p));
                img.scaleToFit(doc.getPageSize().getWidth() - 72, 240);
                doc.add(img);
            }
        }
        doc.newPage();
        stars(doc, r, "Misclassified stars, most confident first", r.stars().stream().filter(ReportModel.StarEntry::wrong)
                .sorted(Comparator.comparingDouble(ReportModel.StarEntry::probability).reversed()).toList());
        stars(doc, r, "Flagged stars", r.stars().stream().filter(s -> !s.flags().isEmpty()).toList());
        stars(doc, r, "All stars", r.stars());
    }

    private static void stars(Document doc, ReportModel r, String title, List<ReportModel.StarEntry> rows) throws DocumentException {
        doc.add(heading(title + " (" + rows.size() + ")"));
        if (rows.isEmpty()) {
            doc.add(new Paragraph("none", BODY));
            return;
        }
        int k = r.classes().size();
        float[] widths = new float[8 + k];
        widths[0] = 5; widths[1] = 2; widths[2] = 2; widths[3] = 1.4f;
        for (int i = 0; i < k; i++) widths[4 + i] = 1.2f;
        widths[4 + k] = 1.8f; widths[5 + k] = 1.2f; widths[6 + k] = 2.6f; widths[7 + k] = 1.6f;
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(4);
        List<String> head = new ArrayList<>(List.of("id", "true", "predicted", "prob."));
        for (String c : r.classes()) head.add("p " + c);
        head.addAll(List.of("period [d]", "novelty", "flags", "part"));
        for (String h : head) t.addCell(cell(h, BOLD));
        for (ReportModel.StarEntry s : rows) {
            Font f = s.wrong() ? new Font(Font.HELVETICA, 7, Font.NORMAL, new Color(0xB00000)) : SMALL;
            t.addCell(cell(s.id(), f));
            t.addCell(cell(s.trueLabel(), f));
            t.addCell(cell(s.predicted(), f));
            t.addCell(cell(fmt(s.probability()), f));
            for (float p : s.probabilities()) t.addCell(cell(fmt(p), f));
            t.addCell(cell(Double.isFinite(s.period()) ? String.format(Locale.ROOT, "%.5f", s.period()) : "", f));
            t.addCell(cell(Double.isFinite(s.novelty()) ? fmt(s.novelty()) : "", f));
            t.addCell(cell(String.join(" ", s.flags()), f));
            t.addCell(cell(s.part(), f));
        }
        doc.add(t);
    }

    /** The figure as a vector template on the page, wrapped as an Image to flow with the text. */
    private static Image image(PdfContentByte cb, Figure f) throws DocumentException {
        PdfTemplate tpl = cb.createTemplate(f.width(), f.height());
        Graphics2D g = tpl.createGraphicsShapes(f.width(), f.height());
        f.paint(g);
        g.dispose();
        return Image.getInstance(tpl);
    }

    private static PdfPCell figure(PdfContentByte cb, Figure f) throws DocumentException {
        PdfPCell c = new PdfPCell(image(cb, f), true);
        c.setBorder(0);
        return c;
    }

    private static Paragraph heading(String s) {
        Paragraph p = new Paragraph(text(s), H2);
        p.setSpacingBefore(10);
        p.setSpacingAfter(2);
        return p;
    }

    private static void pair(PdfPTable t, String k, String v) {
        t.addCell(cell(k, BOLD));
        t.addCell(cell(v, BODY));
    }

    private static PdfPCell cell(String s, Font f) {
        PdfPCell c = new PdfPCell(new Phrase(new Chunk(text(s), f)));
        c.setPadding(2);
        return c;
    }

    /** Catalog text as page text: line breaks of a hostile id shown as a visible mark, not obeyed. */
    static String text(String s) {
        return Figures.oneLine(s).replace('␤', '¶');
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
