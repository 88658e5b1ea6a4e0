@NullMarked
package app.debrief.connections;

import org.jspecify.annotations.NullMarked;
