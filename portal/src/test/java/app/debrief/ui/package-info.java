@NullMarked
package app.debrief.ui;

import org.jspecify.annotations.NullMarked;
