package fr.normandie.ecoles.workflow;

/**
 * A task handed to a named colleague, with a message saying what is expected of them.
 *
 * @param colleague the colleague's user name: an active account holding the task's role
 * @param message what the colleague should know, kept on the project's timeline and sent to them
 */
public record HandOver(String colleague, String message) {

    /** The longest message kept. */
    public static final int MAX_MESSAGE = 2000;
}
