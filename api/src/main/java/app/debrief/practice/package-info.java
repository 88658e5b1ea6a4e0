/** The practice's own settings, which only its owner changes: name, time zone, timeouts, follow-up, address. */
@NullMarked
package app.debrief.practice;

import org.jspecify.annotations.NullMarked;
