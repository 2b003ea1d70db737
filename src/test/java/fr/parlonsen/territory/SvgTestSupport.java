package fr.parlonsen.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.parlonsen.Fixtures;

/** Shared by the plain (non-Quarkus) map tests: the real contours and SVG checks. */
final class SvgTestSupport {
    /** One parsed copy of the contours of ../shared/data/geo (or $PARLONSEN_GEO_DIR) for all map tests. */
    static final CantonContours CONTOURS = new CantonContours(Fixtures.geoDir().resolve("contours"));

    private SvgTestSupport() {
    }

    /** Parses the SVG as XML (fails on malformed XML), namespace-aware. */
    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code <path>} elements that carry a {@code <title>}: the map areas. */
    static List<Element> titledPaths(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList paths = doc.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element p = (Element) paths.item(i);
            if (p.getElementsByTagName("title").getLength() == 1) {
                out.add(p);
            }
        }
        return out;
    }

    static String title(Element path) {
        return path.getElementsByTagName("title").item(0).getTextContent();
    }

    /** No inline style, valid accessible image: role, labelled by its own title and desc, unique ids, url() targets. */
    static void assertAccessibleWithoutStyles(String svg, Document doc) {
        assertFalse(svg.contains("style"), "no style attribute nor <style> element (CSP)");
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        Set<String> ids = new HashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty() && !ids.add(id)) {
                throw new AssertionError("duplicate id " + id);
            }
        }
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertEquals(2, labelledBy.length);
        assertEquals("title", byId(doc, labelledBy[0]).getLocalName());
        assertEquals("desc", byId(doc, labelledBy[1]).getLocalName());
        Matcher refs = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
        while (refs.find()) {
            assertEquals("pattern", byId(doc, refs.group(1)).getLocalName(), refs.group(1));
        }
        Matcher numbers = Pattern.compile("\\d\\.\\d\\d").matcher(svg);
        assertFalse(numbers.find(), "coordinates rounded to one decimal");
    }

    static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        assertNotNull(null, "no element with id " + id);
        return null;
    }

    static String desc(Document doc) {
        return doc.getElementsByTagName("desc").item(0).getTextContent();
    }
}
