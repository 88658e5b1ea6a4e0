@NullMarked
package app.debrief.templates.ui;

import org.jspecify.annotations.NullMarked;
