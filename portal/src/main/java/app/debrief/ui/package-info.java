/** The portal's frame (layout, navigation) and its landing page: they link to every feature's views. */
@NullMarked
package app.debrief.ui;

import org.jspecify.annotations.NullMarked;
