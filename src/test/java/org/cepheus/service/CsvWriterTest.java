package org.cepheus.service;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void realIdsAndClassesAreWrittenAsTheyAre() {
        // CRTS MasterID, OGLE id, EROS-1 star with its band, CRTS J-name, classes of the three surveys
        for (String s : new String[]{"1001006006382", "OGLE-LMC-CEP-0040", "100_2063/R", "CSS_J000020.4+103118",
                "RS_CVn", "beta_lyrae", "RRab"}) {
            assertEquals(s, CsvWriter.textCell(s));
            assertEquals(s, CsvWriter.readBack(s));
        }
    }

    @Test
    void quotingFollowsRfc4180() {
        assertCells("HV 2447, LMC", "\"HV 2447, LMC\"",
                "the \"Cepheid\"", "\"the \"\"Cepheid\"\"\"",
                "two\nlines", "\"two\nlines\"",
                "cr\rhere", "\"cr\rhere\"");
        assertEquals("", CsvWriter.textCell(null));
    }

    @Test
    void formulasInTextCellsAreNeutralisedAndReadBack() {
        assertCells("=1+2", "'=1+2",
                "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                "@SUM(A1:A2)", "'@SUM(A1:A2)",
                "+OGLE-LMC-CEP-0040", "'+OGLE-LMC-CEP-0040",
                "-cmd", "'-cmd",
                "\tx", "'\tx",
                "\rx", "\"'\rx\"",
                // a text that is a plain number cannot run as a formula: left as it is
                "-1.5", "-1.5",
                "+2e-3", "+2e-3");
        for (String s : new String[]{"=1+2", "@SUM(A1:A2)", "+OGLE-LMC-CEP-0040", "-cmd", "\tx", "-1.5"}) {
            assertEquals(s, CsvWriter.readBack(CsvWriter.textCell(s)));
        }
        assertEquals("'-1.5", CsvWriter.readBack("'-1.5"), "nothing to undo before a number");
    }

    @Test
    void aLeadingHashIsQuotedSoTheRowIsNotAComment() {
        assertCells("#comment-like", "\"#comment-like\"",
                "#a \"b\"", "\"#a \"\"b\"\"\"",
                "a#b", "a#b");
    }

    /** Text that already looks neutralised gets one apostrophe more: every text reads back as it was. */
    @Test
    void apostrophesBeforeFormulaCharactersReadBackExactly() {
        assertCells("'=1+2", "''=1+2",
                "''-cmd", "'''-cmd",
                "'-1.5", "'-1.5",
                "'plain", "'plain",
                "'", "'");
        for (String s : new String[]{"'=1+2", "''-cmd", "'@x", "'-1.5", "'plain", "'", "''", "=x", "'\tx"}) {
            assertEquals(s, CsvWriter.readBack(CsvWriter.textCell(s)), s);
        }
    }

    /** Pairs of (text, the CSV field expected for it). */
    private static void assertCells(String... textAndField) {
        for (int i = 0; i < textAndField.length; i += 2) {
            assertEquals(textAndField[i + 1], CsvWriter.textCell(textAndField[i]), textAndField[i]);
        }
    }

    @Test
    void numberCellsStayNumbers() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row("id", "mag", "err", "p");
        csv.text("-bad").number(-1.5).number(Double.NaN).number(0.123456, 4).endRow();
        csv.text("OGLE-LMC-CEP-0040").number(17.25).number(0.02).number(Double.POSITIVE_INFINITY, 4).endRow();
        csv.text("1001006006382").number(-3L).empty().text(null).endRow();
        assertEquals("id,mag,err,p\n'-bad,-1.5,,0.1235\nOGLE-LMC-CEP-0040,17.25,0.02,\n1001006006382,-3,,\n", out.toString());
    }
}
