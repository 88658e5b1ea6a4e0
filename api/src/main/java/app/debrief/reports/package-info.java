/**
 * Response-rate reports: roll-up tables kept by a refresher, the figures read from them with their
 * intervals, the comparison of two templates, the dashboard's key figures and CSV exports.
 */
@NullMarked
package app.debrief.reports;

import org.jspecify.annotations.NullMarked;
