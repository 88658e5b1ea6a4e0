@NullMarked
package app.debrief.clients;

import org.jspecify.annotations.NullMarked;
