/** The reports view: rates with their intervals, breakdowns, a comparison of two templates, charts, CSV. */
@NullMarked
package app.debrief.reports.ui;

import org.jspecify.annotations.NullMarked;
