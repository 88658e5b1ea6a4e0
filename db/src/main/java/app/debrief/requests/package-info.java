@NullMarked
package app.debrief.requests;

import org.jspecify.annotations.NullMarked;
