@NullMarked
package app.debrief.ui.clientdetail;

import org.jspecify.annotations.NullMarked;
