@NullMarked
package app.debrief.practice.ui;

import org.jspecify.annotations.NullMarked;
