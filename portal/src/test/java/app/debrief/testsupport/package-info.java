@NullMarked
package app.debrief.testsupport;

import org.jspecify.annotations.NullMarked;
