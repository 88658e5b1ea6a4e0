@NullMarked
package app.debrief.templates;

import org.jspecify.annotations.NullMarked;
