package app.debrief.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that attacks across practices: a coach of one practice, holding another practice's
 * ids, calls the listed service methods (or opens the listed routes) and gets not-found, sees
 * nothing of the other practice, and changes nothing. The tenancy coverage tests enumerate every
 * public service method and every route and fail for any not named by such a test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CrossPracticeProbe {

    /** Service methods probed, as {@code SimpleClassName#method}; every overload counts as probed. */
    String[] methods() default {};

    /** Portal route templates probed, as written in {@code @Route}, such as {@code clients/:clientId/extension}. */
    String[] routes() default {};
}
