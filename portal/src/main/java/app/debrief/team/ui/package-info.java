@NullMarked
package app.debrief.team.ui;

import org.jspecify.annotations.NullMarked;
