/** What every feature shares: settings, time, start-up. */
@NullMarked
package app.debrief.base;

import org.jspecify.annotations.NullMarked;
