/**
 * Templates: the placeholder language (parse, print, render) and the courtesy checks that encode the
 * product's advice, plus the starter library shipped with every practice.
 */
@NullMarked
package app.debrief.templates;

import org.jspecify.annotations.NullMarked;
