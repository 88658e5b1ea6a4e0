package app.debrief.requests;

import java.util.List;

/**
 * What needs the coach now: rejections with nothing sent after 20 hours, and requests waiting for
 * an answer; each list is capped, its total says how many there are in all.
 */
public record Attention(List<LateRejection> late, int lateTotal, List<WaitingRequest> waiting, int waitingTotal) {
}
