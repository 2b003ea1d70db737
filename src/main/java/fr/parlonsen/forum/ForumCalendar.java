package fr.parlonsen.forum;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZonedDateTime;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The public calendar as RFC 5545 (ical4j): one VEVENT per forum, times in Europe/Paris with its VTIMEZONE, a
 * stable UID, SEQUENCE = version and DTSTAMP from the last change, so the same data always gives the same bytes.
 */
public final class ForumCalendar {
    public static final String UID_DOMAIN = "parlons-en.interieur.gouv.fr";

    private ForumCalendar() {
    }

    public static String ics(PublicForumService.Calendar cal, String baseUrl) {
        Calendar ical = new Calendar();
        ical.add(new ProdId("-//Ministère de l'Intérieur//Parlons-en//FR"));
        ical.add(ImmutableVersion.VERSION_2_0);
        ical.add(ImmutableCalScale.GREGORIAN);
        ical.add(ImmutableMethod.PUBLISH);
        ical.add(new XProperty("X-WR-CALNAME", "Forums « Parlons-en » — " + cal.departmentName()));
        ical.add(new XProperty("X-WR-TIMEZONE", ForumService.PARIS.getId()));
        var tz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ForumService.PARIS.getId());
        ical.add(tz.getVTimeZone());
        for (PublicForum f : cal.forums()) {
            VEvent e = new VEvent(false);
            e.add(new Uid("forum-" + f.id() + "@" + UID_DOMAIN));
            e.add(new DtStamp(f.updatedAt() == null ? Instant.EPOCH : f.updatedAt()));
            e.add(new DtStart<>(ZonedDateTime.from(f.startsAt().atZoneSameInstant(ForumService.PARIS))));
            e.add(new DtEnd<>(ZonedDateTime.from(f.endsAt().atZoneSameInstant(ForumService.PARIS))));
            e.add(new Summary(f.title()));
            e.add(new Location(f.location()));
            e.add(new Description(description(f)));
            e.add(f.isCancelled() ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            e.add(new Sequence(f.sequence()));
            e.add(new Url(java.net.URI.create(baseUrl + "/forums/" + f.id())));
            ical.add(e);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ical, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return foldOctets(out.toString());
    }

    /**
     * RFC 5545 §3.1: lines of at most 75 octets. ical4j folds on characters, which lets a line of accented French
     * grow past 75 octets: unfold, then fold again on octets without splitting a character.
     */
    static String foldOctets(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String description(PublicForum f) {
        StringBuilder s = new StringBuilder("Forum public « Vos libertés, votre sécurité : parlons-en ensemble ».");
        if (f.isCancelled()) {
            s.append("\nANNULÉ").append(f.cancelReason() == null ? "" : " : " + f.cancelReason());
        }
        s.append("\nZone couverte : ").append(f.catchmentNames()).append('.');
        if (Boolean.TRUE.equals(f.venue().accessible())) {
            s.append("\nLieu accessible aux personnes à mobilité réduite.");
        }
        if (f.venue().access() != null) {
            s.append("\nAccès : ").append(f.venue().access());
        }
        return s.toString();
    }
}
