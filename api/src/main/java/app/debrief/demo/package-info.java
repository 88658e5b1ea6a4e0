/** Demo mode's practice, logins and clients. */
@NullMarked
package app.debrief.demo;

import org.jspecify.annotations.NullMarked;
