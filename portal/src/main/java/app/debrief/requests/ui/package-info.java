/** The portal's request screens: a request's timeline and notes, and a client's requests. */
@NullMarked
package app.debrief.requests.ui;

import org.jspecify.annotations.NullMarked;
