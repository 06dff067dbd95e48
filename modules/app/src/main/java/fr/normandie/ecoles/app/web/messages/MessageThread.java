package fr.normandie.ecoles.app.web.messages;

import fr.normandie.ecoles.kernel.Caller;
import fr.normandie.ecoles.schools.ProjectId;
import fr.normandie.ecoles.schools.ProjectMessage;
import fr.normandie.ecoles.schools.ProjectMessages;

import java.io.Serializable;
import java.util.List;

/**
 * A project's thread as one side opens it: the messages, those of the other side still unread marked new, and
 * then marked read for that side (the carrier's accounts, or the staff and administrators; a reader marks nothing).
 */
public final class MessageThread implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ProjectMessage> messages;
    private final boolean carrierSide;

    private MessageThread(List<ProjectMessage> messages, boolean carrierSide) {
        this.messages = messages;
        this.carrierSide = carrierSide;
    }

    /**
     * Reads the thread and marks the other side's messages read.
     *
     * @throws fr.normandie.ecoles.schools.UnknownProjectException when there is no such project, or another carrier's
     */
    public static MessageThread open(ProjectMessages module, ProjectId project, Caller caller) {
        MessageThread thread = new MessageThread(module.thread(project, caller), caller.isCarrier());
        module.markRead(project, caller);
        return thread;
    }

    public List<ProjectMessage> getMessages() {
        return messages;
    }

    /** Whether the message is the other side's and was unread when the thread was opened. */
    public boolean isNew(ProjectMessage message) {
        return message.fromCarrier() != carrierSide && !message.read();
    }

    /** How many of the other side's messages were unread when the thread was opened. */
    public long getNewCount() {
        return messages.stream().filter(this::isNew).count();
    }
}
