@NullMarked
package app.debrief.base.ui;

import org.jspecify.annotations.NullMarked;
