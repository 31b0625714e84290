package dev.kiln.search.text;

/**
 * A light English stemmer: plurals, {@code -ing}, {@code -ed} and a final {@code e}, so that
 * "optimise", "optimised", "optimising" and "optimises" meet at "optimis". Deliberately less than
 * Porter's: it never merges words a reader would tell apart ("general" and "generate"), and it
 * leaves alone any word that is not plain ASCII letters. Snowball's Java stemmers were not used:
 * they dispatch through reflection, which TeaVM does not compile.
 */
public final class Stemmer {
    private Stemmer() {}

    public static String stem(String w) {
        int n = w.length();
        if (n <= 3 || !asciiLetters(w)) return w;
        if (w.endsWith("ies") && n > 4) w = w.substring(0, n - 3) + "y";
        else if (w.endsWith("sses")) w = w.substring(0, n - 2);
        else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.substring(0, n - 1);
        if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() - 3 >= 3) w = undouble(w.substring(0, w.length() - 3));
        else if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() - 2 >= 3) w = undouble(w.substring(0, w.length() - 2));
        if (w.endsWith("e") && w.length() > 4) w = w.substring(0, w.length() - 1);
        return w;
    }

    private static boolean asciiLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') return false;
        }
        return true;
    }

    private static boolean hasVowel(String w, int end) {
        for (int i = 0; i < end; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** "running" to "run", but "falling" keeps "fall" and "missed" keeps "miss". */
    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "aeioulsz".indexOf(w.charAt(n - 1)) < 0) return w.substring(0, n - 1);
        return w;
    }
}
