package app.debrief.requests;

import app.debrief.clients.ClientErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased client's requests keep only what the reports count (dates, states, templates): the
 * coach's notes about them and the interviewers' names go, in the erasing transaction.
 */
@Component
class ErasedClientRequests {

    private final TimelineRepository timelines;

    ErasedClientRequests(TimelineRepository timelines) {
        this.timelines = timelines;
    }

    @EventListener
    void onErased(ClientErased erased) {
        timelines.forgetPersonalDataOf(erased.practiceId(), erased.clientId());
    }
}
