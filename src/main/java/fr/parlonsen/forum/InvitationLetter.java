package fr.parlonsen.forum;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.parlonsen.forum.ForumForms.InviteeView;
import fr.parlonsen.forum.ForumForms.Named;

/**
 * What an invitation letter says: the values of its placeholders ({{nom}}, {{forum}}, {{date}}, {{lieu}},
 * {{prefecture}}...). Writing it as DOCX or PDF is {@link InvitationDocuments}' business.
 */
public record InvitationLetter(Map<String, String> values) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRANCE);

    public static InvitationLetter of(ForumForms.ForumView forum, InviteeView invitee, String prefecture) {
        return of(forum, invitee, prefecture, "");
    }

    /** With {@code feedbackUrl}: the forum's anonymous feedback link ({{avis}}), printed with its QR code. */
    public static InvitationLetter of(ForumForms.ForumView forum, InviteeView invitee, String prefecture,
            String feedbackUrl) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("nom", invitee.name());
        v.put("organisation", invitee.organisation() == null ? "" : invitee.organisation());
        v.put("forum", forum.title());
        v.put("date", DAY.format(forum.startsAt().atZoneSameInstant(ForumService.PARIS)));
        v.put("heure", TIME.format(forum.startsAt().atZoneSameInstant(ForumService.PARIS)));
        v.put("lieu", forum.venue().name());
        v.put("adresse", forum.venue().address() == null ? "" : forum.venue().address());
        v.put("commune", forum.venue().communeName() == null ? "" : forum.venue().communeName());
        v.put("zone", String.join(", ", forum.catchmentNames().stream().map(Named::name).toList()));
        v.put("acces", forum.venue().access() == null ? "" : forum.venue().access());
        v.put("prefecture", prefecture);
        v.put("avis", feedbackUrl == null ? "" : feedbackUrl);
        return new InvitationLetter(v);
    }

    /** Replaces every {{placeholder}} of a text. */
    public String fill(String text) {
        String out = text;
        for (var e : values.entrySet()) {
            out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return out;
    }

    /** The line of the feedback link; the QR code of the link is printed under it. */
    public static final String FEEDBACK_LINE = "Pendant ou après le forum, donnez votre avis (questionnaire anonyme, "
            + "en scannant le QR code ci-dessous) : {{avis}}";

    /** The default wording, one paragraph a line, shared by the generated model and the PDF. */
    public static final String[] MODEL = {
            "{{prefecture}}",
            "",
            "À l'attention de {{nom}}",
            "{{organisation}}",
            "",
            "Objet : invitation au forum « {{forum}} »",
            "",
            "Madame, Monsieur,",
            "Dans le cadre de la consultation « Vos libertés, votre sécurité : parlons-en ensemble », j'ai l'honneur "
                    + "de vous inviter au forum public qui se tiendra le {{date}} à {{heure}}, {{lieu}}, {{adresse}}, "
                    + "{{commune}}.",
            "Ce forum concerne les habitants de : {{zone}}. Vos observations et vos propositions sur la sécurité du "
                    + "quotidien y seront recueillies et transmises dans la synthèse départementale.",
            "Accès : {{acces}}",
            FEEDBACK_LINE,
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.",
            "",
            "Pour le préfet, le directeur de cabinet" };
}
