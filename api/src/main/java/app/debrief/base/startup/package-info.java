@NullMarked
package app.debrief.base.startup;

import org.jspecify.annotations.NullMarked;
