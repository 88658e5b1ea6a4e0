@NullMarked
package app.debrief.requests.ui;

import org.jspecify.annotations.NullMarked;
