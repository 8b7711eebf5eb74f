package org.needsspace.understanding;

import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Reduces words to their stems with the Snowball stemmer of the locale's language ("listening" → "listen"). */
final class Stems {

    private final Supplier<SnowballStemmer> stemmers;

    private Stems(Supplier<SnowballStemmer> stemmers) {
        this.stemmers = stemmers;
    }

    static Stems forLanguage(String language) {
        if ("english".equals(language)) {
            return new Stems(EnglishStemmer::new);
        }
        throw new IllegalArgumentException("No stemmer for language " + language);
    }

    /** A stemmer keeps state between calls, so each caller (one analysis of one text) takes its own. */
    Stemmer stemmer() {
        SnowballStemmer snowball = stemmers.get();
        return word -> {
            snowball.setCurrent(word);
            snowball.stem();
            return snowball.getCurrent();
        };
    }

    interface Stemmer {
        String stem(String word);
    }
}
