/** How the API answers errors: RFC 9457 problem details that name the field or the reason. */
@NullMarked
package app.debrief.web;

import org.jspecify.annotations.NullMarked;
