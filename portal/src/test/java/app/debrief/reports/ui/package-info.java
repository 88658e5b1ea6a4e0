@NullMarked
package app.debrief.reports.ui;

import org.jspecify.annotations.NullMarked;
