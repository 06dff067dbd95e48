package fr.normandie.ecoles.schools;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a carrier sees of its own project's timeline (issue 16): milestones, documents, its thread's messages, its file's
 * submissions and the completion requests; nothing of the staff's work.
 */
class TimelineKindTest {

    @Test
    void aCarrierSeesTheMilestonesTheDocumentsAndItsExchangesOnly() {
        assertThat(Arrays.stream(TimelineKind.values()).filter(TimelineKind::seenByCarriers))
                .containsExactlyInAnyOrder(TimelineKind.PROJECT_REGISTERED, TimelineKind.TASK_CREATED,
                        TimelineKind.TASK_COMPLETED, TimelineKind.DOCUMENT_ADDED, TimelineKind.PROJECT_ABANDONED,
                        TimelineKind.PROJECT_CLOSED, TimelineKind.SCHOOL_OPENED, TimelineKind.MESSAGE_WRITTEN,
                        TimelineKind.FILE_SUBMITTED, TimelineKind.COMPLETION_REQUESTED);
    }

    @Test
    void theStaffsWorkOnTheFileStaysWithTheRegion() {
        assertThat(EnumSet.of(TimelineKind.COMMENT_ADDED, TimelineKind.PROJECT_EDITED, TimelineKind.TASK_CLAIMED,
                TimelineKind.TASK_RELEASED, TimelineKind.TASK_HANDED_OVER, TimelineKind.OFFICER_CHANGED,
                TimelineKind.STEP_RECORDED, TimelineKind.STEP_REOPENED, TimelineKind.REMINDER_SENT,
                TimelineKind.TASK_CANCELLED)).noneMatch(TimelineKind::seenByCarriers);
    }
}
