package app.debrief.testsupport;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points the static SecurityContextHolder at the strategy of the running test's Spring context, as
 * in production where there is one. Vaadin installs a strategy per context and each context's
 * services read their own: without this, a sign-in in a test lands in whichever context started
 * last, and tests pass or fail by the order they run in.
 */
public class ContextSecurityStrategy implements TestExecutionListener {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (testContext.hasApplicationContext() || testContext.getTestClass().isAnnotationPresent(IntegrationTest.class)) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
