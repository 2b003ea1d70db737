package fr.parlonsen.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Turns French free text into comparable terms: tokenisation, elision ("l'été" → "été"), lower-casing,
 * French stop words, accent folding and light stemming, so that "Caméras", "caméra" and "camera" all give
 * the same term.
 *
 * <p>Accents are folded <em>before</em> stemming so that text typed without accents gives exactly the same
 * terms. The light stemmer is then applied twice: once accents are gone, a single pass leaves "policiere"
 * as "policier" but "policier" as "polici"; the second pass brings feminine and masculine forms together.
 *
 * <p>Thread-safe and cheap to share: the Lucene analyzer keeps one reusable token stream per thread.
 */
@ApplicationScoped
public class FrenchText {

    /** Frequent words that carry no subject in citizens' remarks, on top of Lucene's French stop list. */
    private static final List<String> EXTRA_STOP_WORDS = List.of(
            "a", "ai", "as", "ont", "avons", "avez", "avait", "est", "es", "sont", "suis", "sommes", "êtes",
            "était", "étaient", "ça", "cela", "ceci", "celle", "celles", "celui", "ceux", "elles", "ils", "leurs", "si", "ni",
            "non", "oui", "plus", "moins", "très", "trop", "aussi", "bien", "encore", "déjà", "toujours",
            "jamais", "vraiment", "beaucoup", "peu", "assez", "tout", "tous", "toute", "toutes", "comme",
            "donc", "alors", "ainsi", "quand", "dont", "où", "là", "ici", "chez", "sans", "sous", "vers",
            "entre", "depuis", "pendant", "avant", "après", "autre", "autres", "même", "mêmes", "faut",
            "fait", "faire", "peut", "peuvent", "doit", "doivent", "être", "avoir", "chaque", "quelques");

    private static final CharArraySet STOP_WORDS = stopWords();

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, STOP_WORDS);
            result = new ASCIIFoldingFilter(result);
            result = new FrenchLightStemFilter(result);
            return new TokenStreamComponents(source, new FrenchLightStemFilter(result));
        }
    };

    public FrenchText() {
    }

    /** The analysed terms of {@code text}, in text order, repetitions kept; empty for null or blank text. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen when reading a String", e);
        }
        return terms;
    }

    /**
     * Lucene's list holds accented words ("été", "même") and is checked before folding; the folded forms are
     * added too, so that "ete" or "meme" typed without accents are dropped as well.
     */
    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
        set.addAll(EXTRA_STOP_WORDS);
        List<String> folded = new ArrayList<>();
        for (Object word : set) {
            folded.add(fold(new String((char[]) word)));
        }
        set.addAll(folded);
        return CharArraySet.unmodifiableSet(set);
    }

    private static String fold(String word) {
        char[] out = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
        return new String(out, 0, length);
    }
}
