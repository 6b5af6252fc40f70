package org.cepheus.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Checks an XML catalog file (VOTable) before STIL parses it, with a parser that loads nothing
 * from outside the file. Catalog files come from strangers, so a file that would make a parser open
 * another file or URL is refused: entity declarations (external entities, entity bombs), an
 * external DTD other than the VOTable DTD (STIL resolves that one from its own jar), and
 * {@code STREAM href} references. Deep nesting is refused too: STIL's parser recurses per element.
 */
final class XmlGuard {
    /** Far beyond any real VOTable (VOTABLE/RESOURCE/TABLE/DATA/TABLEDATA/TR/TD is 7 deep). */
    static final int MAX_DEPTH = 64;

    private XmlGuard() { }

    /** Null when the file is safe to hand to STIL, else the reason it is refused (with its line). */
    static String check(Path file) throws IOException {
        Guard guard = new Guard();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            parser(guard).parse(source, guard);
            return null;
        } catch (Refused r) {
            return "line " + guard.line() + ": " + r.getMessage() + "; Cepheus reads only the file itself";
        } catch (SAXParseException e) {
            return "line " + e.getLineNumber() + ": not well-formed XML: " + e.getMessage();
        } catch (SAXException e) {
            return "not well-formed XML: " + e.getMessage();
        }
    }

    private static SAXParser parser(Guard guard) throws IOException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser p = f.newSAXParser();
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            p.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            p.setProperty("http://xml.org/sax/properties/lexical-handler", guard);
            p.setProperty("http://xml.org/sax/properties/declaration-handler", guard);
            return p;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("no safe XML parser available: " + e.getMessage(), e);
        }
    }

    /** A refusal, thrown to stop the parse at the first offending construct. */
    private static final class Refused extends SAXException {
        Refused(String message) { super(message); }
    }

    private static final class Guard extends DefaultHandler2 {
        private Locator locator;
        private int depth;

        int line() { return locator == null ? 0 : locator.getLineNumber(); }

        @Override
        public void setDocumentLocator(Locator l) { locator = l; }

        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            if (systemId != null && !systemId.toLowerCase(Locale.ROOT).endsWith("votable.dtd")) {
                throw new Refused("the DOCTYPE names an external DTD (" + systemId + ")");
            }
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new Refused("the file declares an XML entity '" + name + "'");
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new Refused("the file declares an external XML entity '" + name + "' (" + systemId + ")");
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) throws SAXException {
            throw new Refused("the file refers to an external entity (" + systemId + ")");
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) throw new Refused("elements nested deeper than " + MAX_DEPTH);
            if ("STREAM".equals(local) && atts.getValue("href") != null) {
                throw new Refused("a STREAM refers to another file or URL (href=\"" + atts.getValue("href") + "\")");
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) { depth--; }
    }
}
