@NullMarked
package app.debrief.security;

import org.jspecify.annotations.NullMarked;
