@NullMarked
package app.debrief.clients.ui;

import org.jspecify.annotations.NullMarked;
