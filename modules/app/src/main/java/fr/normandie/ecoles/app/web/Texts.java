package fr.normandie.ecoles.app.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The French texts of {@code messages.properties}, for the beans (the pages read them as {@code msg}). */
public final class Texts {

    private static final String BUNDLE = "fr.normandie.ecoles.app.web.messages";

    private Texts() {
    }

    /** Whether the bundle holds the key (a missing one is shown as its key). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.FRANCE).containsKey(key);
    }

    public static String get(String key, Object... arguments) {
        String text;
        try {
            text = ResourceBundle.getBundle(BUNDLE, Locale.FRANCE).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? text : new MessageFormat(text, Locale.FRANCE).format(arguments);
    }
}
