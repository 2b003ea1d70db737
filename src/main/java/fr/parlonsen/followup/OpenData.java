package fr.parlonsen.followup;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import fr.parlonsen.followup.FollowupForms.CommitmentView;
import fr.parlonsen.followup.FollowupForms.ForumRef;
import fr.parlonsen.followup.FollowupForms.NoteView;

/**
 * The open data of the follow-up (schema: docs/suivi-donnees-ouvertes.md): CSV (UTF-8, comma, RFC 4180, one row
 * per published commitment) and an Atom 1.0 feed (RFC 4287) of their progress notes, newest first.
 */
public final class OpenData {
    static final List<String> HEADER = List.of("id", "departement", "titre", "description", "porteur", "echeance",
            "statut", "statut_libelle", "motif_abandon", "realise_le", "dans_les_delais", "forums_ids",
            "forums_titres", "elements_synthese_ids", "notes_nombre", "derniere_note_date", "derniere_note",
            "mis_a_jour");

    private OpenData() {
    }

    public static String csv(List<CommitmentView> list) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (CommitmentView c : list) {
            NoteView last = c.notes().isEmpty() ? null : c.notes().get(c.notes().size() - 1);
            line(out, List.of(String.valueOf(c.id()), c.department(), nz(c.title()), nz(c.description()),
                    nz(c.carriedBy()), c.dueOn() == null ? "" : c.dueOn().toString(), c.status(), c.statusLabel(),
                    nz(c.reason()), c.doneOn() == null ? "" : c.doneOn().toString(),
                    c.doneOnTime() == null ? "" : c.doneOnTime() ? "oui" : "non",
                    c.forums().stream().map(f -> String.valueOf(f.id())).collect(Collectors.joining("|")),
                    c.forums().stream().map(ForumRef::title).map(OpenData::nz).collect(Collectors.joining("|")),
                    c.synthesisItemIds().stream().map(String::valueOf).collect(Collectors.joining("|")),
                    String.valueOf(c.notes().size()), last == null ? "" : last.at().toString(),
                    last == null ? "" : nz(last.text()),
                    c.updatedAt() == null ? "" : c.updatedAt().toString()));
        }
        return out.toString();
    }

    private record Entry(CommitmentView commitment, NoteView note) {
    }

    /** The feed of progress notes; {@code base} is the site's address, {@code self} the feed's own. */
    public static String atom(List<CommitmentView> list, String department, String departmentName, String base,
            String self) {
        List<Entry> entries = new ArrayList<>();
        list.forEach(c -> c.notes().forEach(n -> entries.add(new Entry(c, n))));
        entries.sort(Comparator.comparing((Entry e) -> e.note().at()).thenComparing(e -> e.note().id()).reversed());
        Instant updated = entries.isEmpty()
                ? list.stream().map(CommitmentView::updatedAt).filter(java.util.Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH)
                : instant(entries.get(0).note().at());
        String page = base + "/departements/" + department + "/suivi";
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            x.writeAttribute("xml:lang", "fr");
            text(x, "id", "tag:parlons-en," + "2009:suivi:" + department);
            text(x, "title", "Ce que nous faisons de vos propositions — " + departmentName);
            text(x, "subtitle", "Points d'avancement des engagements pris après les forums « Vos libertés, votre "
                    + "sécurité : parlons-en ensemble »");
            text(x, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(x, "alternate", page, "text/html");
            link(x, "self", self, "application/atom+xml");
            x.writeStartElement("author");
            text(x, "name", "Préfecture — " + departmentName);
            x.writeEndElement();
            for (Entry e : entries) {
                CommitmentView c = e.commitment();
                NoteView n = e.note();
                x.writeStartElement("entry");
                text(x, "id", "tag:parlons-en,2009:engagement:" + c.id() + ":note:" + n.id());
                text(x, "title", c.title() + " — " + c.statusLabel());
                String at = DateTimeFormatter.ISO_INSTANT.format(instant(n.at()));
                text(x, "updated", at);
                text(x, "published", at);
                link(x, "alternate", page + "#engagement-" + c.id(), "text/html");
                x.writeStartElement("category");
                x.writeAttribute("term", c.status());
                x.writeAttribute("label", c.statusLabel());
                x.writeEndElement();
                x.writeStartElement("content");
                x.writeAttribute("type", "text");
                x.writeCharacters(n.text() + (c.forums().isEmpty() ? "" : "\n\nProposition faite lors de : "
                        + c.forums().stream().map(ForumRef::title).collect(Collectors.joining(", ")) + "."));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Instant instant(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeStartElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
        x.writeEndElement();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
