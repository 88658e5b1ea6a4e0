@NullMarked
package app.debrief.db;

import org.jspecify.annotations.NullMarked;
