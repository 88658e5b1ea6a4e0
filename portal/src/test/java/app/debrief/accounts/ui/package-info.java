@NullMarked
package app.debrief.accounts.ui;

import org.jspecify.annotations.NullMarked;
