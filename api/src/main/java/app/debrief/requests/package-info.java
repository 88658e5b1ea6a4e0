/** Feedback requests and their events: what the extension records, and the state computed from it. */
@NullMarked
package app.debrief.requests;

import org.jspecify.annotations.NullMarked;
