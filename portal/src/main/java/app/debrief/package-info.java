/** Debrief: the application that runs the portal and the extension's API together. */
@NullMarked
package app.debrief;

import org.jspecify.annotations.NullMarked;
