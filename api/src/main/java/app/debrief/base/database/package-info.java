/** The database Debrief runs on: an embedded MariaDB by default, or a configured server. */
@NullMarked
package app.debrief.base.database;

import org.jspecify.annotations.NullMarked;
