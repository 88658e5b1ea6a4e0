@NullMarked
package app.debrief.connections.ui;

import org.jspecify.annotations.NullMarked;
