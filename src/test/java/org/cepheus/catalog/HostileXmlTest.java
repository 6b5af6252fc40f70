package org.cepheus.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cepheus.TestData;
import org.cepheus.service.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VOTables from strangers: a real exported VOTable (a sample-data OGLE Cepheid) made hostile by
 * hand. Nothing outside the file is ever read, and each bad file costs only itself.
 */
class HostileXmlTest {
    private static String goodVot;
    private static final String SECRET = "cepheus-secret-" + Long.toHexString(System.nanoTime());

    @BeforeAll
    static void exportRealStar(@TempDir Path dir) throws IOException {
        Catalog one = CatalogLoader.load(TestData.sampleData().resolve("ogle-lmc-cep"),
                CatalogLoader.Options.defaults().withPerClassCap(1).withClasses(java.util.Set.of("F")), ProgressMonitor.NONE);
        assertEquals(1, one.size());
        Path vot = dir.resolve("star.vot");
        CatalogExport.write(one, vot);
        goodVot = Files.readString(vot);
        assertTrue(goodVot.contains("<TD>"), "a TABLEDATA VOTable");
    }

    private static Map<String, LoadProblem> load(Path dir) throws IOException {
        Catalog c = CatalogLoader.load(dir, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        return c.problems().stream().collect(Collectors.toMap(p -> p.file().getFileName().toString(), Function.identity()));
    }

    @Test
    void externalEntitiesStreamHrefsAndDeepNestingAreRefusedWhileTheGoodFileLoads(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.writeString(dir.resolve("good.vot"), goodVot);
        String firstId = goodVot.replaceAll("(?s).*?<TD>([^<]*)</TD>.*", "$1");
        // 1. an external entity in a cell: would export the secret as a star id
        String xxe = goodVot.replaceFirst("<VOTABLE", "<!DOCTYPE VOTABLE [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<VOTABLE")
                .replace("<TD>" + firstId + "</TD>", "<TD>&xxe;</TD>");
        Files.writeString(dir.resolve("xxe.vot"), xxe);
        // 2. an internal entity bomb
        Files.writeString(dir.resolve("bomb.vot"), goodVot.replaceFirst("<VOTABLE",
                "<!DOCTYPE VOTABLE [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<VOTABLE"));
        // 3. an external DTD that is not the VOTable DTD
        Files.writeString(dir.resolve("dtd.vot"), goodVot.replaceFirst("<VOTABLE",
                "<!DOCTYPE VOTABLE SYSTEM \"" + dir.resolve("evil.dtd").toUri() + "\">\n<VOTABLE"));
        // 4. a STREAM that points at another file
        String stream = goodVot.replaceFirst("(?s)<TABLEDATA>.*</TABLEDATA>",
                "<BINARY><STREAM href=\"" + secret.toUri() + "\"/></BINARY>");
        Files.writeString(dir.resolve("stream.vot"), stream);
        // 5. 10,000 nested RESOURCE elements (STIL's parser would overflow the stack)
        String nested = "<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.4\">" + "<RESOURCE>".repeat(10_000)
                + "</RESOURCE>".repeat(10_000) + "</VOTABLE>\n";
        Files.writeString(dir.resolve("nested.vot"), nested);

        Catalog c = CatalogLoader.load(dir, CatalogLoader.Options.defaults(), ProgressMonitor.NONE);
        Map<String, LoadProblem> problems = c.problems().stream()
                .collect(Collectors.toMap(p -> p.file().getFileName().toString(), Function.identity(), (a, b) -> a));
        assertEquals(1, c.size(), "only the good star loads: " + c.problems());
        assertEquals(firstId, c.curves().get(0).id());
        for (LightCurve lc : c.curves()) assertTrue(!lc.id().contains(SECRET));
        assertTrue(problems.get("xxe.vot").message().contains("declares an external XML entity 'xxe'"), problems.get("xxe.vot").message());
        assertTrue(problems.get("bomb.vot").message().contains("declares an XML entity"), problems.get("bomb.vot").message());
        assertTrue(problems.get("dtd.vot").message().contains("external DTD"), problems.get("dtd.vot").message());
        assertTrue(problems.get("stream.vot").message().contains("STREAM refers to another file"), problems.get("stream.vot").message());
        assertTrue(problems.get("nested.vot").message().contains("nested deeper than " + XmlGuard.MAX_DEPTH), problems.get("nested.vot").message());
        for (String f : List.of("xxe.vot", "bomb.vot", "dtd.vot", "stream.vot", "nested.vot")) {
            assertTrue(problems.get(f).message().startsWith("VOTable refused: line "), problems.get(f).message());
        }
    }

    @Test
    void theVotableDtdOfOldFilesIsStillAccepted(@TempDir Path dir) throws IOException {
        // VOTable 1.0 files name the DTD by URL; STIL resolves it from its own jar, nothing is fetched
        Files.writeString(dir.resolve("old.vot"), goodVot.replaceFirst("<VOTABLE",
                "<!DOCTYPE VOTABLE SYSTEM \"http://us-vo.org/xml/VOTable.dtd\">\n<VOTABLE"));
        assertEquals(Map.of(), load(dir));
    }
}
