package fr.parlonsen.minutes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.parlonsen.minutes.MinutesFileReader.Block;

/**
 * Splits the paragraphs of an imported document into the parts of the minutes: the sections titled « Questions »,
 * « Points forts », « Points faibles », « Propositions » (or close wordings) become items, one per paragraph or
 * bullet; a paragraph starting with « R : » or « Réponse : » answers the question before it. Everything else goes
 * to the summary, headings included, for the facilitator to structure.
 */
public final class MinutesImport {
    private MinutesImport() {
    }

    public enum Section {
        QUESTIONS, STRENGTHS, WEAKNESSES, PROPOSALS
    }

    public record ImportedQuestion(String text, String answer) {
    }

    public record Imported(String summary, List<ImportedQuestion> questions, List<String> strengths,
            List<String> weaknesses, List<String> proposals) {

        public int itemCount() {
            return questions.size() + strengths.size() + weaknesses.size() + proposals.size();
        }
    }

    static final Pattern BULLET = Pattern.compile("^(?:[-•*–—▪◦·]\\s+|\\d{1,3}\\s*[.)]\\s+|[a-z]\\)\\s+)");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\s*[.)\\-–]?|[IVX]{1,5}\\s*[.)\\-–]|[A-H]\\s*[.)\\-–])\\s*");
    private static final Pattern ANSWER = Pattern.compile("^(?:r|rep|reponse|réponse)\\s*[.:\\-–]\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION = Pattern.compile("^(?:q|question)\\s*\\d*\\s*[.:\\-–]\\s*", Pattern.CASE_INSENSITIVE);

    /** The section a title opens, or null when the line is not a known section title. */
    static Section sectionOf(String line) {
        if (line == null || line.isBlank() || line.length() > 60) {
            return null;
        }
        String t = fold(NUMBERING.matcher(line.strip()).replaceFirst("")).replaceAll("[\\s:.!]+$", "").strip();
        if (t.matches("questions?( (du|des) (public|participants|citoyens|habitants))?( et reponses?( apportees)?)?"
                + "|questions?\\s*[-/]\\s*reponses?|questions? posees|echanges avec (le public|la salle)")) {
            return Section.QUESTIONS;
        }
        if (t.matches("points? forts?|forces|atouts|ce qui fonctionne( bien)?")) {
            return Section.STRENGTHS;
        }
        if (t.matches("points? faibles?|faiblesses|difficultes|points? a ameliorer|ce qui fonctionne mal")) {
            return Section.WEAKNESSES;
        }
        if (t.matches("propositions?|pistes( d'amelioration| de progres)?|suggestions?|recommandations?"
                + "|propositions? (du public|des participants)")) {
            return Section.PROPOSALS;
        }
        return null;
    }

    public static Imported split(List<Block> blocks) {
        List<String> summary = new ArrayList<>();
        List<ImportedQuestion> questions = new ArrayList<>();
        List<String> strengths = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        List<String> proposals = new ArrayList<>();
        Section current = null;
        for (Block b : blocks) {
            Section opened = b.heading() || b.text().length() <= 60 ? sectionOf(b.text()) : null;
            if (opened != null) {
                current = opened;
                continue;
            }
            if (b.heading()) {
                current = null; // another heading: back to the summary
                summary.add(b.text());
                continue;
            }
            if (current == null) {
                summary.add(b.text());
                continue;
            }
            String text = BULLET.matcher(b.text()).replaceFirst("").strip();
            if (text.isEmpty()) {
                continue;
            }
            switch (current) {
                case QUESTIONS -> {
                    Matcher answer = ANSWER.matcher(text);
                    if (answer.lookingAt() && !questions.isEmpty()) {
                        ImportedQuestion last = questions.remove(questions.size() - 1);
                        String a = text.substring(answer.end()).strip();
                        questions.add(new ImportedQuestion(last.text(), last.answer() == null ? a
                                : last.answer() + "\n" + a));
                    } else {
                        questions.add(question(text));
                    }
                }
                case STRENGTHS -> strengths.add(text);
                case WEAKNESSES -> weaknesses.add(text);
                case PROPOSALS -> proposals.add(text);
            }
        }
        return new Imported(String.join("\n\n", summary), questions, strengths, weaknesses, proposals);
    }

    /** « Q : ... R : ... » on one paragraph: the question and its answer. */
    private static ImportedQuestion question(String text) {
        String t = QUESTION.matcher(text).replaceFirst("");
        Matcher inline = Pattern.compile("(?:^|\\n|\\s)(?:R|Réponse)\\s*:\\s*").matcher(t);
        if (inline.find() && inline.start() > 0) {
            return new ImportedQuestion(t.substring(0, inline.start()).strip(), t.substring(inline.end()).strip());
        }
        return new ImportedQuestion(t, null);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH)
                .replace('’', '\'');
    }
}
