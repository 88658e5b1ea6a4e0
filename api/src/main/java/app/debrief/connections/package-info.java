/** The browser extension's connection: single-use codes a coach hands out, and revocable bearer tokens. */
@NullMarked
package app.debrief.connections;

import org.jspecify.annotations.NullMarked;
