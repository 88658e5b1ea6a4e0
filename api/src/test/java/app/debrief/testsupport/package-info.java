/** Test helpers shared with the portal's tests through api's test jar. */
@NullMarked
package app.debrief.testsupport;

import org.jspecify.annotations.NullMarked;
