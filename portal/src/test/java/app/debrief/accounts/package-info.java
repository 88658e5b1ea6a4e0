@NullMarked
package app.debrief.accounts;

import org.jspecify.annotations.NullMarked;
