package fr.normandie.ecoles.audits.internal;

import fr.normandie.ecoles.kernel.FreeText;
import fr.normandie.ecoles.kernel.UuidColumnConverter;
import fr.normandie.ecoles.audits.ActionReview;
import fr.normandie.ecoles.audits.ActionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.UUID;

/** What an audit found of a corrective action decided earlier. */
@Embeddable
public class ReviewEntry {

    @Column(name = "action_id")
    @Convert(converter = UuidColumnConverter.class)
    private UUID action;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "comment_text")
    private String comment;

    protected ReviewEntry() {
    }

    ReviewEntry(ActionReview review) {
        this.action = review.action();
        this.status = review.status();
        this.comment = FreeText.optional(review.comment());
    }

    ActionReview toReview() {
        return new ActionReview(action, status, comment);
    }
}
