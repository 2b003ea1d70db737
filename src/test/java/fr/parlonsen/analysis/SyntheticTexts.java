package fr.parlonsen.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random pseudo-French texts for property and timing tests: themes of shared words plus Zipf-like noise. */
final class SyntheticTexts {

    private SyntheticTexts() {
    }

    /**
     * @param count        number of texts
     * @param vocabulary   number of distinct pseudo-words
     * @param themes       number of themes; texts of a theme share some of its six words
     * @param seed         random seed: same seed, same texts
     */
    static List<String> generate(int count, int vocabulary, int themes, long seed) {
        Random random = new Random(seed);
        String[] words = new String[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            words[i] = word(random);
        }
        String[][] themeWords = new String[themes][6];
        for (String[] theme : themeWords) {
            for (int k = 0; k < theme.length; k++) {
                theme[k] = words[random.nextInt(vocabulary)];
            }
        }
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            String[] theme = themeWords[random.nextInt(themes)];
            for (int k = 0; k < 3; k++) {
                text.append(theme[random.nextInt(theme.length)]).append(' ');
            }
            int noise = 4 + random.nextInt(8);
            for (int k = 0; k < noise; k++) {
                // Log-uniform rank: a few very frequent words, a long tail of rare ones.
                int rank = (int) Math.floor(Math.pow(vocabulary, random.nextDouble())) - 1;
                text.append(words[rank]).append(' ');
            }
            texts.add(text.toString().trim());
        }
        return texts;
    }

    private static String word(Random random) {
        String consonants = "bcdfglmnprstv";
        String vowels = "aeiouéè";
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())));
            word.append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }
}
