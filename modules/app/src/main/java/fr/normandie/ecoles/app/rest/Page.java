package fr.normandie.ecoles.app.rest;

/** A page of a list the API answers in pages: {@code first} (from 0) and {@code max} (1 to {@link #MAX}). */
record Page(int first, int max) {

    static final int MAX = 200;

    /** The page asked for; refused (400) when out of bounds. */
    static Page of(int first, int max) {
        if (first < 0 || max < 1 || max > MAX) {
            throw new IllegalArgumentException("Pagination : first >= 0 et max entre 1 et " + MAX + ".");
        }
        return new Page(first, max);
    }
}
